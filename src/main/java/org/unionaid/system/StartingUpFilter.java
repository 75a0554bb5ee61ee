package org.unionaid.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Until the application is ready — its start-up work done, in dev the demo data loaded, which happens after the
 * web server already listens — every page answers 503 "starting, this page reloads itself" and the API a 503
 * problem, with {@code Retry-After}. So an early sign-in never fails with "wrong username or password" because
 * the demo users do not exist yet. Readiness ({@code /actuator/health/readiness}) turns at the same event,
 * {@link ReadinessState#ACCEPTING_TRAFFIC}; static resources and the actuator are always served. It runs right
 * after {@link RequestIdFilter}, so even these answers carry a request id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StartingUpFilter extends OncePerRequestFilter {

    static final int RETRY_SECONDS = 3;

    private final MessageSource messages;
    private volatile boolean ready;

    StartingUpFilter(MessageSource messages) {
        this.messages = messages;
    }

    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        ready = event.getState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    boolean ready() {
        return ready;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (ready) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/actuator") || path.startsWith("/webjars/") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.startsWith("/images/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale locale = request.getLocale();
        String title = messages.getMessage("system.starting.title", null, "UnionAid is starting", locale);
        String text = messages.getMessage("system.starting.text", null,
                "Start-up data is being loaded. This page reloads itself in a few seconds.", locale);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + jsonEscape(title)
                    + "\",\"status\":503,\"code\":\"starting\",\"detail\":\"" + jsonEscape(text) + "\"}");
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="%d"><title>%s</title></head>
                <body style="font-family: sans-serif; margin: 3rem auto; max-width: 32rem; padding: 0 1rem">
                <h1 id="starting">%s</h1><p>%s</p></body></html>
                """.formatted(locale.toLanguageTag(), RETRY_SECONDS, HtmlUtils.htmlEscape(title),
                HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(text)));
    }

    private static String jsonEscape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
