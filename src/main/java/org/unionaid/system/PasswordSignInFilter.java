package org.unionaid.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.unionaid.users.SignInLimiter;
import org.unionaid.users.SignInLimiter.Attempt;

/**
 * Guards the two ways to sign in with a password before the password is checked: on /api an
 * {@code Authorization: Basic} header (refused with 401 {@code basicDisabled} when HTTP Basic is off), on the pages
 * a POST to /login. Either is rate-limited per username and per client address ({@link SignInLimiter}); a refused
 * attempt answers 429 with {@code Retry-After} — a problem detail (code {@code tooManyRequests}) on /api, the 429
 * error page on the form. Not a bean: only the filter chains run it.
 */
final class PasswordSignInFilter extends OncePerRequestFilter {

    /** The request attribute the 429 page reads (seconds until the next attempt is allowed). */
    static final String RETRY_AFTER_ATTRIBUTE = "retryAfterSeconds";

    enum Kind { API_BASIC, FORM_LOGIN }

    private static final String BASIC = "Basic ";

    private final Kind kind;
    private final SignInLimiter limiter;
    private final ApiProblems problems;
    private final ApiBasicSwitch basic;

    PasswordSignInFilter(Kind kind, SignInLimiter limiter, ApiProblems problems, ApiBasicSwitch basic) {
        this.kind = kind;
        this.limiter = limiter;
        this.problems = problems;
        this.basic = basic;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username;
        if (kind == Kind.API_BASIC) {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
                chain.doFilter(request, response);
                return;
            }
            if (!basic.enabled()) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, SecurityConfiguration.BEARER_CHALLENGE);
                problems.write(response, problems.generic(request, HttpStatus.UNAUTHORIZED, "basicDisabled",
                        List.of()));
                return;
            }
            username = basicUsername(header.substring(BASIC.length()).trim());
            if (alreadySignedInAs(username)) {
                // BasicAuthenticationFilter will not check the password again (session of the same user): no attempt
                chain.doFilter(request, response);
                return;
            }
        } else {
            if (!"POST".equals(request.getMethod()) || !"/login".equals(path(request))) {
                chain.doFilter(request, response);
                return;
            }
            username = request.getParameter("username");
        }
        Attempt attempt = limiter.tryAcquire(username, request.getRemoteAddr());
        if (!attempt.allowed()) {
            long seconds = attempt.retryAfterSeconds();
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            if (kind == Kind.API_BASIC) {
                problems.write(response, problems.generic(request, HttpStatus.TOO_MANY_REQUESTS, "tooManyRequests",
                        List.of()));
            } else {
                request.setAttribute(RETRY_AFTER_ATTRIBUTE, seconds);
                response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean alreadySignedInAs(@Nullable String username) {
        Authentication current = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        return username != null && current instanceof UsernamePasswordAuthenticationToken
                && current.isAuthenticated() && username.equals(current.getName());
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The username of a Basic header's {@code base64(username:password)}, or null when it cannot be read. */
    static @Nullable String basicUsername(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
