package org.unionaid.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.unionaid.support.IntegrationTestSupport;

/** Errors render the friendly pages in the user's language, never the Whitelabel page or a stack trace. */
class ErrorPagesIntegrationTests extends IntegrationTestSupport {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anonymousUserIsSentToTheLoginPage() throws Exception {
        HttpResponse<String> response = get("/workers", "zh-CN");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void loginPageIsChineseByDefaultAndEnglishOnRequest() throws Exception {
        assertThat(get("/login", "zh-CN").body()).contains("登录").contains("用户名");
        assertThat(get("/login?lang=en", "zh-CN").body()).contains("Sign in").contains("Username");
    }

    @Test
    void unknownStaticResourceGetsTheFriendly404Page() throws Exception {
        HttpResponse<String> response = get("/css/does-not-exist.css", "en");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Whitelabel").doesNotContain("Exception");
    }

    @Test
    void forbiddenPageIsFriendlyAndInTheUsersLanguage() throws Exception {
        HttpClient session = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = session.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(loginPage);
        assertThat(token.find()).isTrue();
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=caseworker&password=unionaid-demo&_csrf="
                        + token.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);

        HttpResponse<String> forbidden = session.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/users"))
                .header("Accept-Language", "en").header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("data-status=\"403\"").contains("You are not allowed to see this page.")
                .doesNotContain("Whitelabel");
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Accept-Language", language).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
