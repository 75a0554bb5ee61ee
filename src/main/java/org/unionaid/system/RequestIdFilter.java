package org.unionaid.system;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id a user can quote and support can find in the log: the caller's {@code X-Request-Id}
 * when it is a plain token (at most 64 of {@code A-Z a-z 0-9 . _ -}), else the trace id of a W3C
 * {@code traceparent}, else 16 random hex digits. For the request's duration — the first dispatch and the error
 * and async dispatches that follow it — the id is in the SLF4J MDC as {@value #MDC_KEY} (every log line prints it;
 * the JSON logs of the prod profile carry it as a field), in the {@code X-Request-Id} response header and in the
 * request attribute {@value #ATTRIBUTE} (the error pages' and API problems' "reference").
 * <p>
 * It runs first, before the start-up gate, the session and Spring Security. An exception nothing else handled is
 * logged here, with the id, and answered with the 500 error page, rather than left to the servlet container
 * (whose line would come after the id is gone).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    static final String ATTRIBUTE = "requestId";

    private static final Logger log = LoggerFactory.getLogger(RequestIdFilter.class);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}.*");
    private static final String NO_TRACE = "0".repeat(32);

    /** The id of a request this filter has seen ({@code null} outside one). */
    static @Nullable String of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String id ? id : MDC.get(MDC_KEY);
    }

    /** The caller's id if it is acceptable, else the trace id of the caller's traceparent, else a new one. */
    static String resolve(@Nullable String requestId, @Nullable String traceparent) {
        if (requestId != null && TOKEN.matcher(requestId.trim()).matches()) {
            return requestId.trim();
        }
        if (traceparent != null) {
            var trace = TRACEPARENT.matcher(traceparent.trim());
            if (trace.matches() && !trace.group(1).equals(NO_TRACE)) {
                return trace.group(1);
            }
        }
        return HexFormat.of().formatHex(longBytes(ThreadLocalRandom.current().nextLong()));
    }

    private static byte[] longBytes(long value) {
        byte[] bytes = new byte[8];
        for (int i = 7; i >= 0; i--) {
            bytes[i] = (byte) value;
            value >>>= 8;
        }
        return bytes;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getAttribute(ATTRIBUTE) instanceof String known ? known
                : resolve(request.getHeader(HEADER), request.getHeader("traceparent"));
        request.setAttribute(ATTRIBUTE, id);
        String outer = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        try {
            if (!response.isCommitted()) {
                response.setHeader(HEADER, id);
            }
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            // (an IOException is almost always the client going away: the container's business)
            log.error("Unhandled error in {} {}", request.getMethod(), request.getRequestURI(), e);
            if (response.isCommitted() || request.getDispatcherType() != DispatcherType.REQUEST) {
                throw e;
            }
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, e);
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        } finally {
            if (outer == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, outer);
            }
        }
    }
}
