package org.unionaid.system;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.unionaid.users.ApiTokens;
import org.unionaid.users.UnionAidUser;

/**
 * {@code Authorization: Bearer ua_…} on /api: the request is the token's account, as the same {@link UnionAidUser}
 * the form login builds (nothing is stored in a session). An unknown, expired or revoked token, or one whose
 * account is disabled or locked, answers 401 with {@code WWW-Authenticate: Bearer … error="invalid_token"} and a
 * problem detail (code {@code invalidToken}). Not a bean: only the API filter chain runs it.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final ApiProblems problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    BearerTokenFilter(ApiTokens tokens, ApiProblems problems) {
        this.tokens = tokens;
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
        Optional<UnionAidUser> user = tokens.authenticate(header.substring(BEARER.length()).trim());
        if (user.isEmpty()) {
            contexts.clearContext();
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + SecurityConfiguration.REALM
                    + "\", error=\"invalid_token\"");
            problems.write(response, problems.generic(request, HttpStatus.UNAUTHORIZED, "invalidToken", List.of()));
            return;
        }
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                user.get(), null, user.get().getAuthorities());
        authentication.setDetails(details.buildDetails(request));
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
