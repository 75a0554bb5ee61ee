package org.unionaid.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.unionaid.shared.security.Role;
import org.unionaid.users.ApiTokens;
import org.unionaid.users.SignInLimiter;

import java.util.List;
import java.util.Map;

/**
 * Three filter chains: the Prometheus scrape at /actuator/prometheus (a SYSADMIN or the scrape token,
 * {@link #metrics}), the JSON API under /api (an API token as {@code Authorization: Bearer}, the session, or HTTP
 * Basic while {@code unionaid.security.api-basic-enabled}; 401 with {@code WWW-Authenticate} and 403 as problem
 * details, no redirect to the login page; CSRF required only with a session cookie), and the browser pages (form login,
 * CSRF on). Password sign-ins (Basic, form) are rate-limited ({@link PasswordSignInFilter}). Authorisation by URL here,
 * by role on facades with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String REALM = "UnionAid";
    static final String BEARER_CHALLENGE = "Bearer realm=\"" + REALM + "\"";

    static final String[] PUBLIC = {"/login", "/register", "/notices", "/notices/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
            "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui/**", "/swagger-ui.html"};

    /**
     * No Spring Security observations: with them every filter of the chain (about 15) and every authorisation is
     * wrapped in an observation with its timer, on every request, and nothing here reads them; the
     * {@code http.server.requests} observation of the whole request stays (docs/operations.md, "HTTP benchmark").
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** The Prometheus scrape, a chain of its own (docs/operations.md, "Metrics"). */
    static final String[] METRICS = {"/actuator/prometheus", "/actuator/prometheus/**"};

    /**
     * /actuator/prometheus: a SYSADMIN's session, or the scrape token ({@link ScrapeTokenFilter}); anyone else
     * 401 (no session: {@code WWW-Authenticate: Bearer}, never a redirect, so a scraper sees what is wrong) or 403
     * (signed in without SYSADMIN), as problem details. No request cache: a refused scrape creates no session.
     */
    @Bean
    @Order(0)
    SecurityFilterChain metrics(HttpSecurity http, ApiProblems problems,
                                @Value("${unionaid.metrics.scrape-token:}") String scrapeToken) throws Exception {
        http.securityMatcher(METRICS)
                .addFilterBefore(new ScrapeTokenFilter(scrapeToken, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest()
                        .hasAnyAuthority(Role.SYSADMIN.authority(), ScrapeTokenFilter.AUTHORITY))
                .requestCache(c -> c.disable())
                .headers(h -> commonHeaders(h).contentSecurityPolicy(c -> c.policyDirectives(API_CSP)))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> {
                            response.addHeader("WWW-Authenticate", BEARER_CHALLENGE);
                            problems.write(response, problems.generic(request, HttpStatus.UNAUTHORIZED,
                                    "unauthorized", List.of()));
                        })
                        .accessDeniedHandler((request, response, ex) -> problems.write(response,
                                problems.generic(request, HttpStatus.FORBIDDEN, "forbidden", List.of()))));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiProblems problems, ApiTokens tokens, SignInLimiter limiter,
                            ApiBasicSwitch basic) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            if (basic.enabled()) {
                response.addHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            }
            response.addHeader("WWW-Authenticate", BEARER_CHALLENGE);
            problems.write(response, problems.generic(request, HttpStatus.UNAUTHORIZED, "unauthorized", List.of()));
        };
        http.securityMatcher("/api/**")
                .addFilterBefore(new PasswordSignInFilter(PasswordSignInFilter.Kind.API_BASIC, limiter, problems, basic),
                        BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.realmName(REALM).authenticationEntryPoint(unauthorized))
                // a client sending credentials itself (token, Basic) is not a browser riding on a cookie
                .csrf(c -> c.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .headers(h -> commonHeaders(h).contentSecurityPolicy(c -> c.policyDirectives(API_CSP)))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, ex) -> problems.write(response,
                                problems.generic(request, HttpStatus.FORBIDDEN, "forbidden", List.of()))));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, LoginSuccessHandler loginSuccess, SignInLimiter limiter,
                            ApiProblems problems, ApiBasicSwitch basic) throws Exception {
        http.addFilterBefore(new PasswordSignInFilter(PasswordSignInFilter.Kind.FORM_LOGIN, limiter, problems, basic),
                        UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/admin/**").hasRole("SYSADMIN")
                        .requestMatchers("/audit/**").hasAnyRole("AUDITOR", "SYSADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .successHandler(loginSuccess)
                        .failureHandler(failureHandler())
                        .permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll())
                .headers(h -> commonHeaders(h).contentSecurityPolicy(c -> c.policyDirectives(PAGE_CSP)));
        return http.build();
    }

    /** Pages: scripts only from files of this origin (no inline script anywhere), never framed. */
    static final String PAGE_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
    /** The API answers JSON: nothing in it may load or run anything. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /**
     * Headers of every response, pages, error pages and API alike: no referrer to other sites, no powerful
     * browser features, HSTS (one year, subdomains) on every HTTPS response — behind a TLS-terminating proxy the
     * request counts as HTTPS once {@code server.forward-headers-strategy} is set, as in {@code prod}; plain-HTTP
     * development gets none, as browsers ignore it there anyway. X-Frame-Options DENY, nosniff and no-cache for
     * authenticated pages are Spring Security's defaults.
     */
    private static org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity>
    commonHeaders(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        return h.referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new org.springframework.security.web.header.writers.StaticHeadersWriter(
                        "Permissions-Policy", PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(t -> t.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    private static AuthenticationFailureHandler failureHandler() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setExceptionMappings(Map.of(
                LockedException.class.getName(), "/login?locked",
                DisabledException.class.getName(), "/login?disabled"));
        handler.setDefaultFailureUrl("/login?error");
        return handler;
    }
}
