package org.unionaid.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unionaid.support.IntegrationTestSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every API error has one shape (docs/architecture.md, "API errors"): an RFC 9457 problem detail with status, a
 * localised title and detail, the message code and errors[] naming each bad field or parameter. The sweep reads
 * every write operation from the OpenAPI document and sends it, as each demo role, an empty body, a body whose
 * every property has the wrong type and malformed JSON, with the path variables as a number and as "abc".
 */
class ApiErrorsIntegrationTests extends IntegrationTestSupport {

    private static final List<String> ROLES = List.of("sysadmin", "auditor", "caseworker", "reviewer", "admin",
            "volunteer", "employer", "partner", "worker");
    private static final Pattern RAW_KEY = Pattern.compile("^[a-z]+(\\.[a-zA-Z]+)+$");
    /** Numeric, so the route matches, but no record has it: body-less operations are real actions. */
    private static final String NO_SUCH_ID = "987654321";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    UserDetailsService userDetails;

    @Test
    void everyWriteOperationAnswersBadInputWithAProblemDetailAsEveryRole() throws Exception {
        JsonNode api = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        List<Operation> operations = operations(api);
        assertThat(operations).as("write operations in the OpenAPI document").hasSizeGreaterThan(30);
        Map<String, UserDetails> users = new LinkedHashMap<>();
        ROLES.forEach(r -> users.put(r, userDetails.loadUserByUsername(r)));
        List<String> failures = new ArrayList<>();
        Map<String, Integer> seen = new java.util.TreeMap<>();
        int requests = 0;
        for (Operation op : operations) {
            for (var role : users.entrySet()) {
                // the one write on a caller's whole scope with no id and no body: only for roles it refuses
                if (op.pathVariables().isEmpty() && op.action() && role.getValue().getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"))) {
                    continue;
                }
                for (String id : List.of(op.action() ? NO_SUCH_ID : "1", "abc")) {
                    if (op.pathVariables().isEmpty() && id.equals("abc")) {
                        continue;
                    }
                    for (String body : List.of("{}", op.wrongTypes(), "{\"a\": [1, ")) {
                        requests++;
                        String failure = check(op, role.getKey(), role.getValue(), id, body, seen);
                        if (failure != null) {
                            failures.add(failure);
                        }
                    }
                }
            }
        }
        System.out.println("API error sweep: " + requests + " requests, " + seen);
        assertThat(requests).isGreaterThan(500);
        assertThat(seen).containsKeys("400 invalidRequest", "400 malformedJson", "415 unsupportedMediaType");
        assertThat(failures).as("answers not in the problem shape").isEmpty();
    }

    @Test
    void aBadEnumQueryParameterAMistypedPathVariableAndAMissingParameterAreNamedInErrors() throws Exception {
        JsonNode problem = problem(mvc.perform(get("/api/v1/payouts").param("state", "NOPE")
                .with(user(userDetails.loadUserByUsername("admin"))).header("Accept-Language", "en"))
                .andReturn().getResponse(), 400);
        assertThat(problem.get("code").asString()).isEqualTo("invalidRequest");
        assertThat(problem.get("errors").get(0).get("parameter").asString()).isEqualTo("state");
        assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("typeMismatch");
        assertThat(problem.get("errors").get(0).get("message").asString()).startsWith("must be one of: PROPOSED");

        JsonNode pathVariable = problem(mvc.perform(post("/api/v1/payouts/abc/approve")
                .with(user(userDetails.loadUserByUsername("admin"))).with(csrf())).andReturn().getResponse(), 400);
        assertThat(pathVariable.get("errors").get(0).get("parameter").asString()).isEqualTo("id");
        assertThat(pathVariable.get("errors").get(0).get("message").asString()).isEqualTo("必须是整数");

        JsonNode missing = problem(mvc.perform(get("/api/v1/payouts/funding")
                .with(user(userDetails.loadUserByUsername("admin")))).andReturn().getResponse(), 400);
        assertThat(missing.get("errors").get(0).get("parameter").asString()).isEqualTo("programme");
        assertThat(missing.get("errors").get(0).get("code").asString()).isEqualTo("required");
        assertThat(missing.get("errors").get(0).get("message").asString()).isEqualTo("必填");
    }

    @Test
    void anIncompleteClaimIsA400NamingEachMissingFieldNotA500() throws Exception {
        JsonNode problem = problem(mvc.perform(post("/api/v1/claims").with(user(userDetails.loadUserByUsername("worker")))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"planId\":1}")
                .header("Accept-Language", "en")).andReturn().getResponse(), 400);
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("admission", "discharge", "hospital", "diagnosis", "invoiceTotal");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("is required");

        JsonNode primitive = problem(mvc.perform(post("/api/v1/applications")
                .with(user(userDetails.loadUserByUsername("worker"))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse(), 400);
        assertThat(primitive.get("errors").get(0).get("field").asString()).isEqualTo("programmeId");
        assertThat(primitive.get("errors").get(0).get("code").asString()).isEqualTo("required");

        JsonNode amountAsText = problem(mvc.perform(post("/api/v1/claims")
                .with(user(userDetails.loadUserByUsername("worker"))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"planId\":1, \"invoiceTotal\": \"36000\"}")
                .header("Accept-Language", "en")).andReturn().getResponse(), 400);
        assertThat(amountAsText.get("errors").get(0).get("field").asString()).isEqualTo("invoiceTotal");
        assertThat(amountAsText.get("errors").get(0).get("message").asString()).isEqualTo("must be a number");

        JsonNode wrongType = problem(mvc.perform(post("/api/v1/plans").with(user(userDetails.loadUserByUsername("admin")))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"plan\": {\"termStart\": \"soon\"}}")).andReturn().getResponse(), 400);
        assertThat(wrongType.get("errors").get(0).get("field").asString()).isEqualTo("plan.termStart");
        assertThat(wrongType.get("errors").get(0).get("message").asString()).isEqualTo("必须是日期（yyyy-MM-dd）");
    }

    @Test
    void unauthenticatedCallsGet401WithTheBasicChallengeAndAProblemDetail() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/payouts")).andReturn().getResponse();
        JsonNode problem = problem(response, 401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"UnionAid\"");
        assertThat(problem.get("code").asString()).isEqualTo("unauthorized");
        assertThat(problem.get("title").asString()).isEqualTo("需要登录");
    }

    @Test
    void messagesAreChineseByDefaultAndEnglishOnRequest() throws Exception {
        UserDetails admin = userDetails.loadUserByUsername("admin");
        JsonNode chinese = problem(mvc.perform(get("/api/v1/payouts/" + NO_SUCH_ID).with(user(admin)))
                .andReturn().getResponse(), 404);
        assertThat(chinese.get("detail").asString()).isEqualTo("记录不存在，或不在您可查看的范围内。");
        assertThat(chinese.get("code").asString()).isEqualTo("notFound");
        JsonNode english = problem(mvc.perform(get("/api/v1/payouts/" + NO_SUCH_ID).with(user(admin))
                .header("Accept-Language", "en")).andReturn().getResponse(), 404);
        assertThat(english.get("detail").asString())
                .isEqualTo("There is no such record, or it is outside what you may see.");
        assertThat(english.get("title").asString()).isEqualTo("Not found");

        JsonNode unknownPath = problem(mvc.perform(get("/api/v1/no-such-resource").with(user(admin))
                .header("Accept-Language", "en")).andReturn().getResponse(), 404);
        assertThat(unknownPath.get("code").asString()).isEqualTo("notFound");
        JsonNode wrongMethod = problem(mvc.perform(request(HttpMethod.DELETE, "/api/v1/payouts/1").with(user(admin))
                .with(csrf())).andReturn().getResponse(), 405);
        assertThat(wrongMethod.get("code").asString()).isEqualTo("methodNotAllowed");
    }

    @Test
    void aRefusedRuleIsA422WithTheRulesMessageNeverItsKey() throws Exception {
        long yanta = jdbc.queryForObject("select id from branch where code = 'SN-XA-YT'", Long.class);
        String body = mvc.perform(post("/api/v1/leads").with(user(userDetails.loadUserByUsername("volunteer")))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"branchId\":" + yanta + ",\"personName\":\"问题详情\",\"situation\":\"失业\"}"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = JSON.readTree(body).get("id").asLong();
        JsonNode problem = problem(mvc.perform(post("/api/v1/leads/{id}/refer", id)
                .with(user(userDetails.loadUserByUsername("caseworker"))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"低保\"}")).andReturn().getResponse(), 422);
        assertThat(problem.get("code").asString()).isEqualTo("lead.transition.illegal");
        assertThat(problem.get("detail").asString()).doesNotContain("lead.transition").containsPattern("\\p{IsHan}");
        assertThat(problem.get("title").asString()).isEqualTo("业务规则不允许");
        assertThat(problem.get("args").get(1).asString()).isEqualTo("转介");
    }

    // ---- the sweep ---------------------------------------------------------------------------------

    private String check(Operation op, String role, UserDetails user, String id, String body,
                         Map<String, Integer> seen) throws Exception {
        String path = op.path().replaceAll("\\{[^}]+}", id);
        MockHttpServletRequestBuilder request = request(op.method(), path).with(user(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String where = op.method() + " " + path + " as " + role + " with " + body + ": " + response.getStatus() + " ";
        int status = response.getStatus();
        if (status < 400 || status >= 500) {
            return where + response.getContentAsString(StandardCharsets.UTF_8);
        }
        if (response.getContentType() == null
                || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(response.getContentType()))) {
            return where + "content type " + response.getContentType();
        }
        JsonNode problem = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        seen.merge(status + " " + problem.path("code").asString(""), 1, Integer::sum);
        for (String field : List.of("title", "detail", "code")) {
            if (!problem.hasNonNull(field) || problem.get(field).asString().isBlank()) {
                return where + "no " + field + " in " + problem;
            }
        }
        if (problem.get("status").asInt() != status) {
            return where + "status " + problem.get("status");
        }
        if (RAW_KEY.matcher(problem.get("detail").asString()).matches()
                || RAW_KEY.matcher(problem.get("title").asString()).matches()) {
            return where + "raw message key in " + problem;
        }
        if (status == 400 && problem.get("code").asString().equals("invalidRequest")
                && (!problem.has("errors") || problem.get("errors").isEmpty())) {
            return where + "no errors[] in " + problem;
        }
        if (id.equals("abc") && status == 400 && problem.get("code").asString().equals("invalidRequest")) {
            boolean named = false;
            for (JsonNode e : problem.get("errors")) {
                named |= e.has("parameter") || e.has("field");
            }
            if (!named) {
                return where + "errors[] name nothing: " + problem;
            }
        }
        return null;
    }

    private JsonNode problem(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank().doesNotMatch(RAW_KEY);
        assertThat(problem.get("code").asString()).isNotBlank();
        return problem;
    }

    /**
     * @param action no required JSON body: sending one changes nothing about what the call does, so it runs with
     *               an id no record has
     */
    private record Operation(HttpMethod method, String path, List<String> pathVariables, boolean action,
                             String wrongTypes) {
    }

    private static List<Operation> operations(JsonNode api) {
        List<Operation> result = new ArrayList<>();
        for (var path : api.get("paths").properties()) {
            for (var method : path.getValue().properties()) {
                if (!List.of("post", "put", "patch").contains(method.getKey())) {
                    continue;
                }
                JsonNode op = method.getValue();
                List<String> variables = new ArrayList<>();
                if (op.has("parameters")) {
                    op.get("parameters").forEach(p -> {
                        if (p.get("in").asString().equals("path")) {
                            variables.add(p.get("name").asString());
                        }
                    });
                }
                JsonNode body = op.path("requestBody");
                JsonNode schema = body.path("content").path("application/json").path("schema");
                boolean jsonBody = !schema.isMissingNode() && body.path("required").asBoolean(false);
                result.add(new Operation(HttpMethod.valueOf(method.getKey().toUpperCase()), path.getKey(), variables,
                        !jsonBody && !body.path("content").has("multipart/form-data"),
                        wrongTypes(api, schema).toString()));
            }
        }
        return result;
    }

    /** Every property of the schema with a value of the wrong type: numbers "x", strings {}, arrays 1, objects 1. */
    private static ObjectNode wrongTypes(JsonNode api, JsonNode schema) {
        ObjectNode wrong = JsonNodeFactory.instance.objectNode();
        JsonNode resolved = resolve(api, schema);
        for (var property : resolved.path("properties").properties()) {
            JsonNode p = resolve(api, property.getValue());
            String type = p.path("type").asString("object");
            switch (type) {
                case "integer", "number", "boolean" -> wrong.put(property.getKey(), "x");
                case "string" -> wrong.putObject(property.getKey());
                case "array" -> wrong.put(property.getKey(), 1);
                default -> wrong.put(property.getKey(), 1);
            }
        }
        if (wrong.isEmpty()) {
            wrong.put("unexpected", 1);
        }
        return wrong;
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asString();
            current = api.at(ref.substring(1));
        }
        return current;
    }
}
