package org.unionaid.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionaid.shared.security.Role;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.users.SecurityProperties;
import org.unionaid.users.Users;
import org.unionaid.users.Users.CreateUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-ins with a password over real HTTP (all from 127.0.0.1): HTTP Basic switched off, and the rate limits of
 * failed Basic and form sign-ins ({@code unionaid.security.sign-in-limit}: 429 with Retry-After).
 */
class PasswordSignInIntegrationTests extends IntegrationTestSupport {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "correct-horse-battery";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    ApiBasicSwitch basic;

    @Autowired
    SecurityProperties properties;

    @Autowired
    Users users;

    @Test
    void basicIsRefusedWhenSwitchedOffAndOnlyTheBearerChallengeIsOffered() throws Exception {
        assertThat(properties.apiBasicEnabled()).as("on outside prod").isTrue();
        assertThat(basicGet("caseworker", "unionaid-demo").statusCode()).isEqualTo(200);
        assertThat(anonymousGet().headers().allValues("WWW-Authenticate"))
                .containsExactly("Basic realm=\"UnionAid\"", "Bearer realm=\"UnionAid\"");
        basic.set(false);
        try {
            HttpResponse<String> refused = basicGet("caseworker", "unionaid-demo");
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"UnionAid\"");
            JsonNode problem = JSON.readTree(refused.body());
            assertThat(problem.get("code").asString()).isEqualTo("basicDisabled");
            assertThat(problem.get("detail").asString()).contains("Bearer");
            assertThat(anonymousGet().headers().allValues("WWW-Authenticate"))
                    .containsExactly("Bearer realm=\"UnionAid\"");
        } finally {
            basic.set(true);
        }
        assertThat(basicGet("caseworker", "unionaid-demo").statusCode()).isEqualTo(200);
    }

    @Test
    void wrongBasicPasswordsBeyondTheAccountsLimitAnswer429WithRetryAfter() throws Exception {
        String username = newAccount();
        int limit = properties.signInLimit().perAccount();
        for (int i = 0; i < limit; i++) {
            // the first five lock the account (users module); locked attempts are failures too
            assertThat(basicGet(username, "wrong-" + i).statusCode()).as("attempt %d", i + 1).isEqualTo(401);
        }
        HttpResponse<String> limited = basicGet(username, "wrong-again");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, properties.signInLimit().period().toSeconds()));
        assertThat(limited.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(limited.body());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("code").asString()).isEqualTo("tooManyRequests");
        assertThat(problem.get("title").asString()).isEqualTo("Too many requests");
        assertThat(problem.get("detail").asString()).contains("Retry-After");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/workers");

        // in Chinese for a Chinese client; the right password is refused as well until the allowance refills
        HttpResponse<String> chinese = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/workers"))
                .header("Authorization", basicHeader(username, PASSWORD)).header("Accept-Language", "zh-CN").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chinese.statusCode()).isEqualTo(429);
        assertThat(JSON.readTree(chinese.body()).get("title").asString()).isEqualTo("请求过于频繁");

        // other accounts from the same address are not affected
        assertThat(basicGet("caseworker", "unionaid-demo").statusCode()).isEqualTo(200);
    }

    @Test
    void successfulBasicSignInsDoNotUseUpTheAllowance() throws Exception {
        String username = newAccount();
        for (int i = 0; i < properties.signInLimit().perAccount() + 3; i++) {
            assertThat(basicGet(username, PASSWORD).statusCode()).as("request %d", i + 1).isEqualTo(200);
        }
    }

    @Test
    void parallelBasicRequestsOfOneAccountAllSucceed() throws Exception {
        // each Basic request is a sign-in; recording them must not fail on the account row's version
        String username = newAccount();
        var requests = java.util.stream.IntStream.range(0, 6).mapToObj(i -> http.sendAsync(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/workers"))
                        .header("Authorization", basicHeader(username, PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString())).toList();
        for (var request : requests) {
            assertThat(request.get().statusCode()).isEqualTo(200);
        }
    }

    @Test
    void failedFormSignInsBeyondTheLimitAnswer429WithRetryAfter() throws Exception {
        // an unknown username: no lock-out, so only the rate limit stops the guessing
        String username = "nobody-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String csrf = csrfOfLoginPage(browser);
        for (int i = 0; i < properties.signInLimit().perAccount(); i++) {
            HttpResponse<String> failed = postLogin(browser, csrf, username, "wrong-" + i);
            assertThat(failed.statusCode()).as("attempt %d", i + 1).isEqualTo(302);
            assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(
                    l -> assertThat(l).endsWith("/login?error"));
        }
        HttpResponse<String> limited = postLogin(browser, csrf, username, "wrong-again");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(limited.body()).contains("data-status=\"429\"")
                .contains("Too many failed sign-ins for this account or from this address. Wait ")
                .doesNotContain("Whitelabel");
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private String newAccount() {
        String username = "limits" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        long branch = jdbc.queryForObject("select id from branch where code = 'SN-XA-YT'", Long.class);
        users.create(new CreateUser(username, PASSWORD, "Limits", branch, Set.of(Role.CASEWORKER), null, null));
        return username;
    }

    private HttpResponse<String> basicGet(String username, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/workers"))
                .header("Authorization", basicHeader(username, password)).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> anonymousGet() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/workers"))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        return response;
    }

    private static String basicHeader(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private String csrfOfLoginPage(HttpClient browser) throws Exception {
        String page = browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> postLogin(HttpClient browser, String csrf, String username, String password)
            throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
        return browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "en")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
