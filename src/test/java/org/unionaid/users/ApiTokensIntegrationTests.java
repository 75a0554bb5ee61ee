package org.unionaid.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unionaid.shared.security.Role;
import org.unionaid.shared.time.Times;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.SignedIn;
import org.unionaid.users.ApiTokens.IssueToken;
import org.unionaid.users.ApiTokens.IssuedToken;
import org.unionaid.users.Users.CreateUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** API tokens end to end, over real HTTP where the headers matter: issue, use, scope, expiry, revocation, audit. */
class ApiTokensIntegrationTests extends IntegrationTestSupport {

    private static final Pattern TOKEN = Pattern.compile("ua_[A-Za-z0-9_-]{43}");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    ApiTokens tokens;

    @Autowired
    Users users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    Times times;

    @Autowired
    ApiTokenCache tokenCache;

    @Test
    void theIssuePageShowsTheTokenOnceAndTheTableKeepsOnlyItsHash() throws Exception {
        String page = mvc.perform(post("/admin/api-tokens").with(csrf()).with(as("sysadmin"))
                        .param("name", "Civil affairs exchange").param("username", "caseworker")
                        .param("expiresOn", times.today().plusDays(30).toString()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("the token on the page").isTrue();
        String token = m.group();

        Long id = jdbc.queryForObject("select id from api_token where token_hash = ?", Long.class, sha256(token));
        assertThat(id).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from api_token t where t::text like ?", Integer.class,
                "%" + token.substring(3) + "%")).as("the token in clear in any column").isZero();
        assertThat(jdbc.queryForObject("select token_hint from api_token where id = ?", String.class, id))
                .isEqualTo(token.substring(0, 8));
        assertThat(jdbc.queryForObject("select expires_at = ? from api_token where id = ?", Boolean.class,
                java.sql.Timestamp.from(times.endOf(times.today().plusDays(30))), id)).isTrue();
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where entity_type = 'ApiToken' and action = 'ISSUE'
                   and entity_id = ? and actor = 'sysadmin' and after_value->>'username' = 'caseworker' and after_value::text not like ?""",
                Integer.class, id.toString(), "%" + token.substring(3) + "%")).isEqualTo(1);

        // the list shows its name and first characters, never the token
        String list = mvc.perform(get("/admin/api-tokens").with(as("sysadmin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Civil affairs exchange").contains(token.substring(0, 8)).doesNotContain(token);

        assertThat(getWorkers(token).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenIsScopedExactlyLikeItsAccount() throws Exception {
        String yanta = issue("caseworker");
        String weibin = issue("caseworker2");

        Set<Long> yantaBranches = branchesUnder("SN-XA-YT");
        Set<Long> weibinBranches = branchesUnder("SN-BJ-WB");
        Set<Long> seenByYanta = workerBranches(yanta);
        Set<Long> seenByWeibin = workerBranches(weibin);
        assertThat(seenByYanta).isNotEmpty().isSubsetOf(yantaBranches);
        assertThat(seenByWeibin).isNotEmpty().isSubsetOf(weibinBranches);

        // a Weibin worker is "not found" for the Yanta token, as for the Yanta caseworker's session
        long weibinWorker = jdbc.queryForObject("""
                select w.id from worker w join branch b on b.id = w.branch_id
                 where b.path like (select path from branch where code = 'SN-BJ-WB') || '%' limit 1""", Long.class);
        assertThat(send(yanta, "/api/v1/workers/" + weibinWorker).statusCode()).isEqualTo(404);
        assertThat(send(weibin, "/api/v1/workers/" + weibinWorker).statusCode()).isEqualTo(200);

        HttpResponse<String> noSession = getWorkers(yanta);
        assertThat(noSession.headers().firstValue("Set-Cookie")).as("no session for a token").isEmpty();
    }

    @Test
    void expiredRevokedAndUnknownTokensAnswer401WithABearerChallenge() throws Exception {
        String token = issue("caseworker");
        long id = idOf(token);
        assertThat(getWorkers(token).statusCode()).isEqualTo(200);

        // changed beside the application: seen once this instance looks the token up again (ApiTokenCache)
        jdbc.update("update api_token set expires_at = now() - interval '1 second' where id = ?", id);
        tokenCache.clear();
        assertInvalidToken(getWorkers(token));
        jdbc.update("update api_token set expires_at = now() + interval '1 day' where id = ?", id);
        assertThat(getWorkers(token).statusCode()).isEqualTo(200);

        // revoked through the application: refused at once, although the token was just answered from the cache
        assertThat(getWorkers(token).statusCode()).isEqualTo(200);

        mvc.perform(post("/admin/api-tokens/{id}/revoke", id).with(csrf()).with(as("sysadmin")))
                .andExpect(redirectedUrl("/admin/api-tokens"));
        assertInvalidToken(getWorkers(token));
        assertThat(jdbc.queryForObject("select revoked_by = (select id from user_account where username = 'sysadmin')"
                + " from api_token where id = ?", Boolean.class, id)).isTrue();
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where entity_type = 'ApiToken' and action = 'REVOKE'
                   and entity_id = ? and actor = 'sysadmin'""", Integer.class, String.valueOf(id))).isEqualTo(1);

        assertInvalidToken(getWorkers("ua_" + "x".repeat(43)));
        assertInvalidToken(getWorkers("not-even-ours"));
    }

    @Test
    void aDisabledOrLockedAccountsTokensStopWorking() throws Exception {
        String username = newCaseworker();
        String token = issue(username);
        assertThat(getWorkers(token).statusCode()).isEqualTo(200);

        // changed with SQL beside the application: this instance keeps the token it authenticated for the cache time
        jdbc.update("update user_account set enabled = false where username = ?", username);
        assertThat(getWorkers(token).statusCode()).as("still the cached principal").isEqualTo(200);
        tokenCache.clear();
        assertInvalidToken(getWorkers(token));
        jdbc.update("update user_account set enabled = true, locked_until = now() + interval '10 minutes'"
                + " where username = ?", username);
        tokenCache.clear();
        assertInvalidToken(getWorkers(token));
        jdbc.update("update user_account set locked_until = null where username = ?", username);
        tokenCache.clear();
        assertThat(getWorkers(token).statusCode()).isEqualTo(200);

        // the token follows the account's roles as they are now
        jdbc.update("delete from user_role where user_id = (select id from user_account where username = ?)", username);
        jdbc.update("insert into user_role (user_id, role) select id, 'WORKER' from user_account where username = ?",
                username);
        tokenCache.clear();
        assertThat(getWorkers(token).statusCode()).isEqualTo(403);
    }

    @Test
    void anAccountChangedOrLockedThroughTheApplicationStopsItsCachedTokensAtOnce() throws Exception {
        String username = newCaseworker();
        String token = issue(username);
        assertThat(getWorkers(token).statusCode()).isEqualTo(200);
        assertThat(getWorkers(token).statusCode()).as("now answered from the cache").isEqualTo(200);

        UserSummary account = users.findByUsername(username).orElseThrow();
        SignedIn.as(userDetails, "sysadmin", () -> users.update(account.id(), account.branchId(),
                new Users.UpdateUser(account.displayName(), account.branchId(), Set.of(Role.WORKER), account.email(),
                        true)));
        assertThat(getWorkers(token).statusCode()).as("the new roles at once").isEqualTo(403);

        SignedIn.as(userDetails, "sysadmin", () -> users.update(account.id(), account.branchId(),
                new Users.UpdateUser(account.displayName(), account.branchId(), Set.of(Role.CASEWORKER),
                        account.email(), true)));
        assertThat(getWorkers(token).statusCode()).isEqualTo(200);

        // five wrong passwords lock the account: its token stops with it
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(username).password("wrong-password-" + i));
        }
        assertInvalidToken(getWorkers(token));
    }

    @Test
    void lastUsedIsWrittenAtMostOncePerInterval() throws Exception {
        String token = issue("caseworker2");
        long id = idOf(token);
        assertThat(jdbc.queryForObject("select last_used_at from api_token where id = ?", java.sql.Timestamp.class, id))
                .isNull();
        getWorkers(token);
        assertThat(jdbc.queryForObject("select last_used_at > now() - interval '1 minute' from api_token where id = ?",
                Boolean.class, id)).isTrue();

        jdbc.update("update api_token set last_used_at = now() - interval '30 seconds' where id = ?", id);
        java.sql.Timestamp recent = jdbc.queryForObject("select last_used_at from api_token where id = ?",
                java.sql.Timestamp.class, id);
        getWorkers(token);
        assertThat(jdbc.queryForObject("select last_used_at from api_token where id = ?", java.sql.Timestamp.class, id))
                .as("not written again within the interval").isEqualTo(recent);

        jdbc.update("update api_token set last_used_at = now() - interval '2 minutes' where id = ?", id);
        // a use is recorded when the instance looks the token up, at most once per cache time (ApiTokenCache)
        tokenCache.clear();
        getWorkers(token);
        assertThat(jdbc.queryForObject("select last_used_at > now() - interval '1 minute' from api_token where id = ?",
                Boolean.class, id)).isTrue();
    }

    @Test
    void onlySysadminsOpenTheTokenPages() throws Exception {
        for (String username : List.of("caseworker", "admin", "auditor", "worker", "partner")) {
            mvc.perform(get("/admin/api-tokens").with(as(username))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/api-tokens/new").with(as(username))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/api-tokens").with(csrf()).with(as(username)).param("name", "x")
                    .param("username", username).param("expiresOn", times.today().plusDays(1).toString()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/api-tokens/new").param("username", "caseworker2").with(as("sysadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("api-token-form")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"caseworker2\"")));
        // the facade checks the role too, whatever URL rule calls it
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignedIn.as(userDetails, "admin",
                        () -> tokens.issue(1, new IssueToken("x", "caseworker", times.today()))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theFormRefusesAccountsOutsideTheScopeAndExpiriesOutOfRange() throws Exception {
        // sysadmin2 (Baoji) does not see the Yanta caseworker
        mvc.perform(post("/admin/api-tokens").with(csrf()).with(as("sysadmin2")).param("name", "x")
                        .param("username", "caseworker").param("expiresOn", times.today().plusDays(1).toString()))
                .andExpect(status().isOk()).andExpect(model().attributeHasErrors("apiTokenForm"));
        mvc.perform(post("/admin/api-tokens").with(csrf()).with(as("sysadmin")).param("name", "x")
                        .param("username", "caseworker").param("expiresOn", times.today().minusDays(1).toString()))
                .andExpect(status().isOk()).andExpect(model().attributeHasErrors("apiTokenForm"));
        mvc.perform(post("/admin/api-tokens").with(csrf()).with(as("sysadmin")).param("name", "x")
                        .param("username", "caseworker").param("expiresOn", times.today().plusYears(5).toString()))
                .andExpect(status().isOk()).andExpect(model().attributeHasErrors("apiTokenForm"));
        mvc.perform(post("/admin/api-tokens").with(csrf()).with(as("sysadmin")).param("name", "")
                        .param("username", "caseworker").param("expiresOn", ""))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("apiTokenForm", "name",
                        "expiresOn"));
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private String issue(String username) {
        IssuedToken issued = SignedIn.as(userDetails, "sysadmin", () -> tokens.issue(
                jdbc.queryForObject("select branch_id from user_account where username = 'sysadmin'", Long.class),
                new IssueToken("test " + SEQUENCE.incrementAndGet(), username, times.today().plusDays(7))));
        assertThat(issued.token()).matches(TOKEN);
        return issued.token();
    }

    private String newCaseworker() {
        String username = "tokenuser" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        long branch = jdbc.queryForObject("select id from branch where code = 'SN-XA-YT'", Long.class);
        users.create(new CreateUser(username, "correct-horse-battery", "Token User", branch, Set.of(Role.CASEWORKER),
                null, null));
        return username;
    }

    private long idOf(String token) throws Exception {
        return jdbc.queryForObject("select id from api_token where token_hash = ?", Long.class, sha256(token));
    }

    private HttpResponse<String> getWorkers(String token) throws Exception {
        return send(token, "/api/v1/workers?size=100");
    }

    private HttpResponse<String> send(String token, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Set<Long> workerBranches(String token) throws Exception {
        HttpResponse<String> response = getWorkers(token);
        assertThat(response.statusCode()).isEqualTo(200);
        Set<Long> branches = new HashSet<>();
        JSON.readTree(response.body()).get("content").forEach(w -> branches.add(w.get("branchId").asLong()));
        return branches;
    }

    private Set<Long> branchesUnder(String code) {
        return new HashSet<>(jdbc.queryForList("""
                select id from branch where path like (select path from branch where code = ?) || '%'""",
                Long.class, code));
    }

    private static void assertInvalidToken(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("WWW-Authenticate"))
                .containsExactly("Bearer realm=\"UnionAid\", error=\"invalid_token\"");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("code").asString()).isEqualTo("invalidToken");
        assertThat(problem.get("title").asString()).isEqualTo("Sign-in required");
        assertThat(problem.get("detail").asString()).contains("API token");
    }

    /** Computed here, not by the code under test. */
    static String sha256(String token) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

}
