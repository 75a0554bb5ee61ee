package org.unionaid.gatling;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The hot pages and the API, driven through HTTP as the demo roles would (docs/operations.md, "HTTP benchmark").
 * One page at a time: {@link Settings#USERS} virtual users sign in with the form (CSRF token read from the login
 * page), then request that page back to back for {@link Settings#PAGE_DURATION}; the next page starts when they are
 * done. Every request has the page's name, so Gatling's report gives the count, req/s and p50/p95/p99 per page.
 * The API is driven with a bearer token that the run issues first, signed in as {@code sysadmin}, through the real
 * issue form at /admin/api-tokens (or the one given as {@code -Dgatling.apiToken=ua_…}).
 *
 * <p>Start the app first (demo data, template cache on), e.g.
 * {@code java -jar target/unionaid-*.jar --spring.profiles.active=dev --spring.thymeleaf.cache=true}, then
 * {@code ./mvnw -Pgatling verify -Dgatling.baseUrl=http://localhost:8080}.
 */
public class UnionAidSimulation extends Simulation {

    private static final AtomicReference<String> TOKEN =
            new AtomicReference<>(System.getProperty("gatling.apiToken", ""));

    private final HttpProtocolBuilder protocol = http.baseUrl(Settings.BASE_URL)
            .acceptHeader("text/html,application/json")
            .acceptLanguageHeader("zh-CN")
            .disableFollowRedirect()
            .shareConnections();

    static ChainBuilder signIn(String username) {
        return exec(http("sign in: login page").get("/login")
                        .check(status().is(200))
                        .check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign in: post").post("/login")
                        .formParam("username", username)
                        .formParam("password", Settings.PASSWORD)
                        .formParam("_csrf", "#{csrf}")
                        // a failed sign-in redirects to /login?error
                        .check(status().is(302), header("Location").not("/login?error")));
    }

    /** Signs in as {@code username} once, then requests {@code path} until the page's time is up. */
    /**
     * Scenario names double as page names; {@code -Dgatling.pages=workers,api} keeps those whose name contains one of
     * the words (case-insensitive).
     */
    record Page(String name, ScenarioBuilder scenario) {
        static void add(List<ScenarioBuilder> pages, String only, Page page) {
            String name = page.name().toLowerCase(Locale.ROOT);
            if (only.isBlank() || Arrays.stream(only.toLowerCase(Locale.ROOT).split(","))
                    .anyMatch(word -> name.contains(word.strip()))) {
                pages.add(page.scenario());
            }
        }
    }

    private static Page page(String name, String username, String path) {
        return new Page(name, scenario(name).exec(signIn(username))
                .during(Settings.PAGE_DURATION).on(exec(http(name).get(path).check(status().is(200)))));
    }

    private static Page workerDetail() {
        String name = "worker detail /workers/{id}";
        return new Page(name, scenario(name).exec(signIn("caseworker"))
                .exec(http("worker detail: find an id").get("/workers")
                        .check(regex("href=\"/workers/(\\d+)\"").saveAs("workerId")))
                .during(Settings.PAGE_DURATION).on(exec(http(name).get("/workers/#{workerId}").check(status().is(200)))));
    }

    /** Signs in as sysadmin and issues a token for caseworker through the form, unless one was given. */
    private static ScenarioBuilder issueToken() {
        return scenario("issue API token")
                .doIf(session -> TOKEN.get().isEmpty()).then(exec(signIn("sysadmin"))
                        .exec(http("issue token: form").get("/admin/api-tokens/new?username=caseworker")
                                .check(status().is(200))
                                .check(css("#api-token-form input[name=_csrf]", "value").saveAs("csrf")))
                        .exec(http("issue token: post").post("/admin/api-tokens")
                                .formParam("name", "gatling " + System.currentTimeMillis())
                                .formParam("username", "caseworker")
                                .formParam("expiresOn", LocalDate.now().plusDays(1).toString())
                                .formParam("_csrf", "#{csrf}")
                                .check(status().is(200))
                                .check(css("#api-token-value", "value").saveAs("token")))
                        .exec(session -> {
                            TOKEN.set(session.getString("token"));
                            return session;
                        }));
    }

    private static Page api() {
        String name = "API GET /api/v1/workers (bearer)";
        return new Page(name, scenario(name)
                .exec(session -> session.set("token", TOKEN.get()))
                .during(Settings.PAGE_DURATION).on(exec(http(name).get("/api/v1/workers")
                        .header("Authorization", "Bearer #{token}")
                        .header("Accept", "application/json")
                        .check(status().is(200)))));
    }

    {
        List<ScenarioBuilder> pages = new ArrayList<>();
        String only = System.getProperty("gatling.pages", "");
        Page.add(pages, only, page("worker list /workers", "caseworker", "/workers"));
        Page.add(pages, only, page("worker search /workers?q=王", "caseworker", "/workers?q=%E7%8E%8B"));
        Page.add(pages, only, workerDetail());
        Page.add(pages, only, page("hardship files /hardship/files", "caseworker", "/hardship/files"));
        Page.add(pages, only, page("payouts /payouts", "caseworker", "/payouts"));
        Page.add(pages, only, page("claims queue /mutualaid/claims", "caseworker", "/mutualaid/claims"));
        Page.add(pages, only, page("dashboard /dashboard", "caseworker", "/dashboard"));
        Page.add(pages, only, page("approval queue /payouts/queue (admin)", "admin", "/payouts/queue"));
        Page.add(pages, only, page("mutual-aid statistics /mutualaid/statistics (admin)", "admin",
                "/mutualaid/statistics"));
        Page.add(pages, only, api());
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no page's name contains any of gatling.pages=" + only);
        }
        // one page after the other, so that each page's req/s is its own: issue token, then page 1, then page 2, …
        PopulationBuilder rest = null;
        for (int i = pages.size() - 1; i >= 0; i--) {
            PopulationBuilder current = pages.get(i).injectOpen(atOnceUsers(Settings.USERS)).protocols(protocol);
            rest = rest == null ? current : current.andThen(rest);
        }
        setUp(issueToken().injectOpen(atOnceUsers(1)).protocols(protocol).andThen(rest))
                .assertions(global().failedRequests().count().is(0L));
    }
}
