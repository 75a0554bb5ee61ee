package org.unionaid.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.crypto.FieldCipher;
import org.unionaid.support.IntegrationTestSupport;

/**
 * Issue 12, item 3: a journey over real HTTP — a worker registers and signs in, a caseworker registers, edits,
 * unmasks and searches for a worker, hits a stale edit, a missing record, a forbidden page and an API error, an
 * account is locked — with a known {@code X-Request-Id} on every request. Every line the application logs on a
 * request thread carries that request's id; the id is in the response header, on the error pages and in the
 * API's problem details; and none of the demo data's (nor the journey's) national IDs, phones and names is in
 * the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestLogsIntegrationTests extends IntegrationTestSupport {

    /** A log line's thread column, when the thread is one of the web server's (platform or virtual threads). */
    private static final Pattern REQUEST_THREAD = Pattern.compile("\\[[^\\]]*(?:exec|handler)-\\d+\\] ");
    private static final Pattern RID = Pattern.compile("\\[rid=([^\\]]*)\\]");

    @Autowired
    private FieldCipher cipher;

    @Autowired
    private RequestIdFilter filter;

    private final Map<String, Integer> sent = new LinkedHashMap<>();
    private int counter;

    @Test
    void aJourneysLogLinesAllCarryItsRequestIdsAndNoneCarriesPersonalData(CapturedOutput output) throws Exception {
        String workerName = TestPeople.freshName("日志旅程");
        String workerId = TestPeople.freshNationalId();
        String workerPhone = "13655501234";
        String registeredName = TestPeople.freshName("自助注册");
        String registeredId = TestPeople.freshNationalId();
        String registeredPhone = "13655505678";
        String username = "logjourney" + System.nanoTime() % 100000;
        String password = "journey-secret-1";
        long branch = jdbc.queryForObject("select id from branch where code = 'SN-XA-YT-KD'", Long.class);

        // a worker registers and signs in
        HttpClient self = browser();
        String csrf = csrf(send(self, get("/register")).body());
        HttpResponse<String> registered = send(self, form("/register", csrf, "name", registeredName,
                "nationalId", registeredId, "phone", registeredPhone, "branchId", String.valueOf(branch),
                "username", username, "password", password, "confirmPassword", password));
        assertThat(registered.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).endsWith("/login?registered"));
        signIn(self, username, password);
        assertThat(send(self, get("/me")).body()).contains(registeredName);

        // a caseworker registers a worker, looks at, unmasks, edits and searches for them
        HttpClient caseworker = browser();
        signIn(caseworker, "caseworker", "unionaid-demo");
        csrf = csrf(send(caseworker, get("/workers/new")).body());
        HttpResponse<String> created = send(caseworker, form("/workers/new", csrf, "nationalId", workerId,
                "name", workerName, "phone", workerPhone, "address", "小寨东路 88 号", "branchId", String.valueOf(branch),
                "employmentForm", "CONTRACT", "socialInsuranceMonths", "12", "workerType", "URBAN",
                "bankAccount", "6222 0000 1111 2222"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String detail = created.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(detail.substring(detail.lastIndexOf('/') + 1));
        assertThat(send(caseworker, get("/workers/" + id)).body()).contains(workerName);
        assertThat(send(caseworker, form("/workers/" + id + "/national-id", csrf)).body()).contains(workerId);
        HttpResponse<String> edited = send(caseworker, form("/workers/" + id + "/edit", csrf, "name", workerName,
                "phone", workerPhone, "branchId", String.valueOf(branch), "employmentForm", "CONTRACT",
                "socialInsuranceMonths", "13", "workerType", "URBAN", "version", "0"));
        assertThat(edited.statusCode()).isEqualTo(302);
        assertThat(send(caseworker, get("/workers?q=" + URLEncoder.encode(workerName, StandardCharsets.UTF_8)))
                .body()).contains(workerName);

        // the same edit again on the old version: someone else changed it (409, logged)
        String staleId = next();
        HttpResponse<String> stale = send(caseworker, form("/workers/" + id + "/edit", csrf, "name", workerName,
                "phone", workerPhone, "branchId", String.valueOf(branch), "employmentForm", "CONTRACT",
                "socialInsuranceMonths", "14", "workerType", "URBAN", "version", "0"), staleId);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertReference(stale.body(), staleId);

        // error pages show the reference
        String missingId = next();
        HttpResponse<String> missing = send(caseworker, get("/workers/999999999"), missingId);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertReference(missing.body(), missingId);
        String forbiddenId = next();
        HttpResponse<String> forbidden = send(self, get("/admin/users"), forbiddenId);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertReference(forbidden.body(), forbiddenId);
        String chineseId = next();
        HttpResponse<String> chinese = send(HttpClient.newHttpClient(), request("/css/no-such-file.css")
                .header("Accept", "text/html").header("Accept-Language", "zh-CN"), chineseId);
        assertThat(chinese.statusCode()).isEqualTo(404);
        assertThat(chinese.body()).contains("参考编号：" + chineseId);

        // the API's problem details carry it
        String apiId = next();
        HttpResponse<String> api = send(HttpClient.newHttpClient(), get("/api/v1/workers/999999999")
                .header("Accept", "application/json").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("caseworker:unionaid-demo".getBytes(StandardCharsets.UTF_8))), apiId);
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).contains("\"requestId\":\"" + apiId + "\"").contains("\"code\":\"notFound\"");

        // the registered worker's account is locked by failed sign-ins (logged, by the account's id)
        HttpClient guesser = browser();
        csrf = csrf(send(guesser, get("/login")).body());
        for (int i = 0; i < 4; i++) {
            send(guesser, form("/login", csrf, "username", username, "password", "wrong-" + i));
        }
        String lockId = next();
        send(guesser, form("/login", csrf, "username", username, "password", "wrong-4"), lockId);

        // (a) every response named its id
        List<String> lines = output.getAll().lines().toList();
        // (b) every line logged on a request thread carries the id of one of the journey's requests, and the
        // lines the journey is known to cause carry the id of the request that caused them
        List<String> requestLines = lines.stream().filter(l -> REQUEST_THREAD.matcher(l).find()).toList();
        assertThat(requestLines).as("the journey's requests logged something").isNotEmpty();
        for (String line : requestLines) {
            Matcher rid = RID.matcher(line);
            assertThat(rid.find()).as(line).isTrue();
            assertThat(sent).as(line).containsKey(rid.group(1));
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Optimistic lock conflict")
                .contains("[rid=" + staleId + "]"));
        Long accountId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Account " + accountId + " locked")
                .contains("[rid=" + lockId + "]"));

        // (c) no personal data of the demo or of the journey anywhere in the log
        String log = output.getAll();
        Set<String> names = new LinkedHashSet<>(jdbc.queryForList("select name from worker", String.class));
        names.addAll(jdbc.queryForList("select name from household_member", String.class));
        names.addAll(jdbc.queryForList("select person_name from lead", String.class));
        names.addAll(List.of(workerName, registeredName));
        Set<String> ids = new LinkedHashSet<>();
        for (String enc : jdbc.queryForList("select national_id_enc from worker union all "
                + "select national_id_enc from lead where national_id_enc is not null", String.class)) {
            ids.add(cipher.decrypt(enc));
        }
        ids.addAll(List.of(workerId, registeredId));
        Set<String> phones = new LinkedHashSet<>(jdbc.queryForList("select phone from worker where phone is not null "
                + "union select phone from lead where phone is not null", String.class));
        phones.addAll(List.of(workerPhone, registeredPhone));
        assertThat(names).hasSizeGreaterThan(200).contains("王秀兰");
        assertThat(ids).hasSizeGreaterThan(200).contains(workerId);
        assertThat(phones).hasSizeGreaterThan(100);
        assertThat(names.stream().filter(log::contains).toList()).as("names in the log").isEmpty();
        assertThat(ids.stream().filter(log::contains).toList()).as("national IDs in the log").isEmpty();
        assertThat(phones.stream().filter(p -> Pattern.compile("(?<!\\d)" + Pattern.quote(p) + "(?!\\d)")
                .matcher(log).find()).toList()).as("phones in the log").isEmpty();
        assertThat(log).doesNotContain("6222 0000 1111 2222").doesNotContain("小寨东路 88 号");
    }

    @Test
    void theCallersIdIsTakenWhenItIsAPlainTokenElseTheTraceIdElseANewOne() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        assertThat(idOf(http.send(request("/login").header("X-Request-Id", "abc.DEF_123-x").build(),
                HttpResponse.BodyHandlers.discarding()))).isEqualTo("abc.DEF_123-x");
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        assertThat(idOf(http.send(request("/login").header("traceparent", traceparent).build(),
                HttpResponse.BodyHandlers.discarding()))).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        // not a plain token, too long: a new id (the trace id, when there is one)
        assertThat(idOf(http.send(request("/login").header("X-Request-Id", "a b<script>").build(),
                HttpResponse.BodyHandlers.discarding()))).matches("[0-9a-f]{16}");
        assertThat(idOf(http.send(request("/login").header("X-Request-Id", "x".repeat(65))
                .header("traceparent", traceparent).build(), HttpResponse.BodyHandlers.discarding())))
                .isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        String first = idOf(http.send(request("/login").build(), HttpResponse.BodyHandlers.discarding()));
        String second = idOf(http.send(request("/login").build(), HttpResponse.BodyHandlers.discarding()));
        assertThat(first).matches("[0-9a-f]{16}").isNotEqualTo(second);
        assertThat(RequestIdFilter.resolve(null, "00-" + "0".repeat(32) + "-00f067aa0ba902b7-01"))
                .matches("[0-9a-f]{16}");
    }

    @Test
    void anErrorNothingHandledIsLoggedWithTheIdAndAnsweredWith500(CapturedOutput output) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/workers/1");
        request.addHeader("X-Request-Id", "unhandled-1");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req,
                                   jakarta.servlet.http.HttpServletResponse res) {
                throw new IllegalStateException("boom");
            }
        }));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getHeader("X-Request-Id")).isEqualTo("unhandled-1");
        assertThat(output.getAll()).containsPattern("\\[rid=unhandled-1\\] .*Unhandled error in GET /workers/1")
                .contains("java.lang.IllegalStateException: boom");
        assertThat(MDC.get("requestId")).as("cleared after the request").isNull();
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path));
    }

    private HttpRequest.Builder get(String path) {
        return request(path).header("Accept", "text/html").header("Accept-Language", "en");
    }

    private HttpRequest.Builder form(String path, String csrf, String... fields) {
        List<String> pairs = new ArrayList<>();
        pairs.add("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        for (int i = 0; i < fields.length; i += 2) {
            pairs.add(fields[i] + "=" + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)));
    }

    private void signIn(HttpClient browser, String username, String password) throws Exception {
        String csrf = csrf(send(browser, get("/login")).body());
        HttpResponse<String> login = send(browser, form("/login", csrf, "username", username, "password", password));
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).doesNotContain("error"));
    }

    private String next() {
        return "journey-" + (++counter);
    }

    private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return send(client, request, next());
    }

    /** Sends with the given request id and checks the answer names it. */
    private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request, String id) throws Exception {
        HttpResponse<String> response = client.send(request.header("X-Request-Id", id).build(),
                HttpResponse.BodyHandlers.ofString());
        sent.put(id, response.statusCode());
        assertThat(idOf(response)).as(request.toString()).isEqualTo(id);
        return response;
    }

    private static String idOf(HttpResponse<?> response) {
        return response.headers().firstValue("X-Request-Id").orElse("(none)");
    }

    private static String csrf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1);
    }

    /** In the page's language: a demo user's saved language may be either, depending on what ran before. */
    private static void assertReference(String page, String id) {
        assertThat(page).contains("id=\"request-reference\"");
        assertThat(page.contains("Reference: " + id) || page.contains("参考编号：" + id))
                .as("the reference %s in English or Chinese on %s", id, page).isTrue();
    }
}
