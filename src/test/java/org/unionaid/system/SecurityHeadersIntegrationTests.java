package org.unionaid.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpHeaders;

import org.junit.jupiter.api.Test;
import org.unionaid.support.IntegrationTestSupport;

/** Every answer carries the browser protections: a page, an error page and the API, over real HTTP. */
class SecurityHeadersIntegrationTests extends IntegrationTestSupport {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpHeaders headersOf(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(expectedStatus);
        return response.headers();
    }

    private static void assertProtected(HttpHeaders headers, String path) {
        String csp = headers.firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as(path).contains("frame-ancestors 'none'").doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(csp).as(path).satisfiesAnyOf(c -> assertThat(c).contains("script-src 'self'"),
                c -> assertThat(c).contains("default-src 'none'"));
        assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValueSatisfying(p ->
                assertThat(p).contains("camera=()").contains("geolocation=()"));
        assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
    }

    @Test
    void aPageAnErrorPageAndTheApiCarryTheSecurityHeaders() throws Exception {
        assertProtected(headersOf("/login", 200), "/login");
        assertProtected(headersOf("/css/does-not-exist.css", 404), "error page");
        HttpHeaders api = headersOf("/api/v1/workers", 401);
        assertProtected(api, "/api/v1/workers");
        assertThat(api.firstValue("Content-Security-Policy")).hasValue(SecurityConfiguration.API_CSP);
    }

    @Test
    void httpsAnswersCarryHstsAndPlainHttpDoesNot() throws Exception {
        assertThat(mvc.perform(get("/login").secure(true)).andReturn().getResponse()
                .getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getHeader("Strict-Transport-Security"))
                .isNull();
    }
}
