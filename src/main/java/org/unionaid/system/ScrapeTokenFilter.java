package org.unionaid.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on /actuator/prometheus: the configured scrape token
 * ({@code unionaid.metrics.scrape-token}, env {@code UNIONAID_METRICS_SCRAPE_TOKEN}) makes the request a
 * metrics scraper (authority {@value #AUTHORITY}, for this request only, nothing stored in a session). Any other
 * bearer value — or any bearer value while no token is configured — answers 401 with
 * {@code WWW-Authenticate: Bearer … error="invalid_token"}. The comparison takes the same time whatever the
 * value (SHA-256 of both, compared with {@link MessageDigest#isEqual}). Without a bearer header the request
 * goes on (a SYSADMIN's session). Not a bean: only the metrics filter chain runs it.
 */
final class ScrapeTokenFilter extends OncePerRequestFilter {

    static final String AUTHORITY = "METRICS_SCRAPE";
    private static final String BEARER = "Bearer ";

    private final byte @Nullable [] expected;
    private final ApiProblems problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ScrapeTokenFilter(@Nullable String token, ApiProblems problems) {
        this.expected = token == null || token.isBlank() ? null : sha256(token.strip());
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] given = sha256(header.substring(BEARER.length()).strip());
        if (expected == null || !MessageDigest.isEqual(expected, given)) {
            contexts.clearContext();
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, SecurityConfiguration.BEARER_CHALLENGE
                    + ", error=\"invalid_token\"");
            problems.write(response, problems.generic(request, HttpStatus.UNAUTHORIZED, "invalidScrapeToken",
                    List.of()));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("metrics-scraper", null,
                List.of(new SimpleGrantedAuthority(AUTHORITY))));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
