package org.unionaid.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.PrometheusScrape;

/**
 * /actuator/prometheus (docs/operations.md, "Metrics"): a SYSADMIN or the scrape token reads it, with the
 * platform's metrics (HTTP, JVM, Hikari) and the business figures; anonymous callers and a wrong token get 401,
 * other roles 403; the other actuator endpoints stay unexposed.
 */
class MetricsEndpointIntegrationTests extends IntegrationTestSupport {

    @Autowired
    UserDetailsService userDetails;

    @Test
    void aSysadminReadsThePlatformAndBusinessMetrics() throws Exception {
        mvc.perform(get("/login")).andReturn(); // at least one finished request for http_server_requests
        MockHttpServletResponse response = mvc.perform(get("/actuator/prometheus")
                .with(user(userDetails.loadUserByUsername("sysadmin")))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/plain");
        String body = response.getContentAsString();
        assertThat(body).contains("jvm_memory_used_bytes{", "hikaricp_connections{", "http_server_requests_seconds_count{", "http_server_requests_seconds_bucket{",
                "jdbc_connections_active{",
                "unionaid_payouts{", "unionaid_payouts_amount{", "unionaid_payouts_approved_total{",
                "unionaid_payouts_paid_amount_total{", "unionaid_claims{", "unionaid_claims_waiting ",
                "unionaid_claims_waiting_oldest_age_seconds ", "unionaid_applications{",
                "unionaid_email_outbox_pending ", "unionaid_email_outbox_oldest_age_seconds ",
                "unionaid_sign_in_failures_total{");
        // no personal data in the business series: only the state, origin and reason tags
        body.lines().filter(l -> l.startsWith("unionaid_") && l.contains("{")).forEach(l -> assertThat(
                l.substring(l.indexOf('{') + 1, l.indexOf('}'))).matches("(state|source|reason)=\"[A-Za-z_]+\""));
    }

    @Test
    void aSysadminSignedInWithTheFormReadsItWithTheSessionCookieAndAWorkerDoesNot() throws Exception {
        assertThat(signInAndScrape("sysadmin").statusCode()).isEqualTo(200);
        HttpResponse<String> worker = signInAndScrape("worker");
        assertThat(worker.statusCode()).isEqualTo(403);
        assertThat(worker.body()).doesNotContain("jvm_memory");
    }

    private HttpResponse<String> signInAndScrape(String username) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=unionaid-demo&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anonymousCallersAndAWrongTokenGet401AndOtherRoles403() throws Exception {
        HttpResponse<String> anonymous = PrometheusScrape.get(port, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(anonymous.body()).doesNotContain("jvm_memory");

        HttpResponse<String> wrong = PrometheusScrape.get(port, "Bearer " + PrometheusScrape.TOKEN + "x");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).contains("invalid_token"));
        assertThat(wrong.body()).contains("invalidScrapeToken").doesNotContain("jvm_memory");
        // an API token is not a scrape token
        assertThat(PrometheusScrape.get(port, "Bearer ua_notAScrapeToken").statusCode()).isEqualTo(401);
        assertThat(PrometheusScrape.get(port, "Basic " + java.util.Base64.getEncoder()
                .encodeToString("sysadmin:unionaid-demo".getBytes())).statusCode()).isEqualTo(401);

        HttpResponse<String> scraper = PrometheusScrape.get(port, "Bearer " + PrometheusScrape.TOKEN);
        assertThat(scraper.statusCode()).isEqualTo(200);
        assertThat(scraper.body()).contains("unionaid_payouts{");
        assertThat(scraper.headers().firstValue("Set-Cookie")).as("a scrape creates no session").isEmpty();

        for (String username : new String[] {"worker", "admin", "auditor", "caseworker"}) {
            assertThat(mvc.perform(get("/actuator/prometheus").with(user(userDetails.loadUserByUsername(username))))
                    .andReturn().getResponse().getStatus()).as(username).isEqualTo(403);
        }
        // the other actuator endpoints are not exposed, even to a SYSADMIN
        for (String endpoint : new String[] {"/actuator/env", "/actuator/metrics", "/actuator/beans",
                "/actuator/heapdump", "/actuator/loggers"}) {
            assertThat(mvc.perform(get(endpoint).with(user(userDetails.loadUserByUsername("sysadmin"))))
                    .andReturn().getResponse().getStatus()).as(endpoint).isEqualTo(404);
        }
    }

    @Test
    void aFailedSignInAndAWaitingEmailMoveTheirFigures() throws Exception {
        PrometheusScrape before = PrometheusScrape.of(port);
        mvc.perform(post("/login").param("username", "metrics-nobody").param("password", "wrong-password-1")
                .with(csrf())).andReturn();
        Instant created = Instant.now().minus(Duration.ofHours(2));
        Long id = jdbc.queryForObject("insert into email_outbox (recipient, subject, body, created_at) "
                + "values ('metrics@unionaid.example', 'metrics', 'metrics', ?) returning id", Long.class,
                Timestamp.from(created));
        try {
            PrometheusScrape after = PrometheusScrape.of(port);
            assertThat(after.value("unionaid_sign_in_failures_total", "reason", "bad_credentials"))
                    .isEqualTo(before.value("unionaid_sign_in_failures_total", "reason", "bad_credentials") + 1);
            assertThat(after.value("unionaid_email_outbox_pending"))
                    .isEqualTo(before.value("unionaid_email_outbox_pending") + 1);
            assertThat(after.value("unionaid_email_outbox_oldest_age_seconds")).isGreaterThanOrEqualTo(2 * 3600 - 60);
        } finally {
            jdbc.update("delete from email_outbox where id = ?", id);
        }
    }

    @Test
    void applicationsByStateAddUpToTheApplications() throws Exception {
        PrometheusScrape scrape = PrometheusScrape.of(port);
        double sum = 0;
        for (String state : new String[] {"SUBMITTED", "MORE_INFO_REQUESTED", "RECOMMENDED", "APPROVED", "REJECTED",
                "PAID", "WITHDRAWN"}) {
            double n = scrape.value("unionaid_applications", "state", state);
            assertThat(n).as(state).isEqualTo(jdbc.queryForObject(
                    "select count(*) from programme_application where state = ?", Long.class, state).doubleValue());
            sum += n;
        }
        assertThat(sum).isPositive();
    }
}
