package org.unionaid.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.unionaid.support.Today;
import org.unionaid.branches.Branches;
import org.unionaid.documents.DocumentKind;
import org.unionaid.documents.Documents;
import org.unionaid.documents.StoreDocument;
import org.unionaid.hardship.LeadView;
import org.unionaid.hardship.Leads;
import org.unionaid.hardship.ReportLead;
import org.unionaid.hardship.Upload;
import org.unionaid.hardship.VisitRecord;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Resource;
import org.unionaid.shared.security.Role;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.SignedIn;
import org.unionaid.users.Users;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The role × resource matrix of docs/security.md, walked: every GET route of the OpenAPI document and of
 * the page controllers, its path variables filled with records of Yanta (SN-XA-YT), requested as every
 * demo user (each role of the own branch and of another branch). The expected answer of each request is
 * derived from {@link Resource} and the route table below: allowed → 2xx, anything else → 403 or 404.
 */
class AccessMatrixIntegrationTests extends IntegrationTestSupport {

    static final List<String> USERS = List.of("sysadmin", "sysadmin2", "auditor", "auditor2", "caseworker",
            "caseworker2", "reviewer", "reviewer2", "admin", "admin2", "volunteer", "volunteer2", "employer",
            "employer2", "partner", "partner2", "worker");

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    Branches branches;

    @Autowired
    Leads leads;

    @Autowired
    org.unionaid.hardship.Visits visits;

    @Autowired
    JsonMapper json;

    @Autowired
    Users userManagement;

    @Autowired
    Documents documents;

    @Autowired
    org.unionaid.mutualaid.HospitalStays hospitalStays;

    /** A record a path variable points at: its id, branch, the worker it concerns and its programme. */
    record Fixture(long id, long branchId, @Nullable Long workerId, @Nullable Long programmeId, Set<Long> funders) {

        Fixture(long id, long branchId, @Nullable Long workerId, @Nullable Long programmeId) {
            this(id, branchId, workerId, programmeId, Set.of());
        }

        Fixture fundedBy(Set<Long> partners) {
            return new Fixture(id, branchId, workerId, programmeId, partners);
        }
    }

    /** Who may have a route: a predicate over the requesting user and the record its path points at. */
    @FunctionalInterface
    interface Rule {
        boolean allows(Actor user, @Nullable Fixture record);

        default Rule or(Rule other) {
            return (u, f) -> allows(u, f) || other.allows(u, f);
        }

        default Rule and(Rule other) {
            return (u, f) -> allows(u, f) && other.allows(u, f);
        }
    }

    /** One request of a route: which fixture fills its path, which rule decides, and any query string. */
    record Case(@Nullable String fixture, Rule rule, String query) {
    }

    static final Rule PUBLIC = (u, f) -> true;
    static final Rule ANYONE = (u, f) -> true;

    static Rule roles(Role... roles) {
        Set<Role> set = EnumSet.of(roles[0], roles);
        return (u, f) -> u.roles().stream().anyMatch(set::contains);
    }

    /** The Resource row of the matrix applied to one record (scope, the worker concerned, funding partner). */
    Rule record(Resource resource) {
        return (u, f) -> {
            Objects.requireNonNull(f, "a record rule needs a fixture");
            if (resource.readsAsStaff(u) && branches.covers(u.branchId(), f.branchId())) {
                return true;
            }
            if (resource.subjectSees() && u.workerId() != null && u.workerId().equals(f.workerId())) {
                return true;
            }
            return resource.fundingPartnerSees() && u.has(Role.PARTNER) && f.funders().contains(u.id());
        };
    }

    /** An appeal: the staff readers of the appealed record's kind in scope, and the worker concerned (no partner). */
    Rule appeal(Resource subject) {
        return (u, f) -> {
            Objects.requireNonNull(f, "an appeal rule needs a fixture");
            return (subject.readsAsStaff(u) && branches.covers(u.branchId(), f.branchId()))
                    || (u.workerId() != null && u.workerId().equals(f.workerId()));
        };
    }

    /** The worker a record concerns (a lead's own photos). */
    static final Rule SUBJECT = (u, f) -> f != null && u.workerId() != null && u.workerId().equals(f.workerId());

    /** Reference data of a branch (a programme): its subtree, staff above it, a partner funding it. */
    Rule catalogue() {
        return (u, f) -> {
            Objects.requireNonNull(f);
            return branches.covers(f.branchId(), u.branchId())
                    || (u.isStaff() && !u.roles().equals(Set.of(Role.PARTNER)) && branches.covers(u.branchId(), f.branchId()))
                    || (u.has(Role.PARTNER) && f.funders().contains(u.id()));
        };
    }

    /**
     * The route table: every GET route of the application, with the rule of the matrix that decides it.
     * A route missing here fails the test, so a new route is always placed in the matrix.
     */
    Map<String, List<Case>> matrix() {
        Map<String, List<Case>> m = new LinkedHashMap<>();
        // public, or about the API description: not case content
        for (String r : List.of("/error", "/login", "/register", "/notices", "/notices/objection",
                "/notices/objection/received", "/swagger-ui.html", "/v3/api-docs",
                "/v3/api-docs.yaml", "/v3/api-docs/swagger-config")) {
            m.put(r, List.of(new Case(null, PUBLIC, "")));
        }
        // one's own things: every signed-in user, answering only with their own records
        for (String r : List.of("/", "/account/password", "/inbox", "/inbox/count", "/leads/mine", "/me", "/me/benefits",
                "/me/applications", "/me/coverage", "/me/file", "/me/payouts", "/api/v1/claims/mine")) {
            m.put(r, list(ANYONE));
        }
        m.put("/me/apply", list(roles(Role.WORKER)));
        m.put("/me/account", list(roles(Role.WORKER)));
        m.put("/me/household", list(roles(Role.WORKER)));
        m.put("/me/household/new", list(roles(Role.WORKER)));
        // a member of another worker's household: nobody's own (the fixture's worker is no demo user)
        m.put("/me/household/{memberId}", one("member", SUBJECT));
        m.put("/household-changes", list(roles(Role.CASEWORKER)));
        m.put("/me/applications/{id}", one("application", SUBJECT));
        // administration (SYSADMIN): users and branches of the subtree; reference data
        for (String r : List.of("/admin/users", "/admin/users/new", "/admin/branches", "/admin/branches/new",
                "/admin/api-tokens", "/admin/api-tokens/new")) {
            m.put(r, list(roles(staffReaders(Resource.USER_ACCOUNT))));
        }
        m.put("/admin/users/{id}", one("user", record(Resource.USER_ACCOUNT)));
        m.put("/admin/branches/{id}", one("branch", record(Resource.BRANCH)));
        m.put("/hardship/eligibility-rules", list(roles(Role.CASEWORKER, Role.ADMIN, Role.AUDITOR, Role.SYSADMIN)));
        m.put("/hardship/eligibility-rules/new", list(roles(Role.ADMIN, Role.SYSADMIN)));
        // audit trail
        for (String r : List.of("/audit", "/audit/export.xlsx", "/api/v1/audit-events")) {
            m.put(r, list(roles(staffReaders(Resource.AUDIT_EVENT))));
        }
        // dashboard and statistics
        for (String r : List.of("/dashboard", "/dashboard.xlsx", "/api/v1/dashboard")) {
            m.put(r, list(roles(Role.CASEWORKER, Role.ADMIN, Role.AUDITOR, Role.CLAIMS_REVIEWER)));
        }
        for (String r : List.of("/mutualaid/statistics", "/mutualaid/statistics/export.xlsx")) {
            m.put(r, list(roles(Role.ADMIN, Role.AUDITOR, Role.CLAIMS_REVIEWER)));
        }
        // the people registry
        for (String r : List.of("/workers", "/api/v1/workers")) {
            m.put(r, list(roles(staffReaders(Resource.WORKER))));
        }
        m.put("/workers/new", list(roles(Role.CASEWORKER)));
        for (String r : List.of("/workers/{id}", "/api/v1/workers/{id}")) {
            m.put(r, one("worker", record(Resource.WORKER)));
        }
        m.put("/workers/{id}/edit", one("worker", roles(Role.CASEWORKER).and(record(Resource.WORKER))));
        m.put("/workers/{workerId}/household", one("worker", roles(Role.CASEWORKER).and(record(Resource.WORKER))));
        m.put("/workers/{workerId}/members/new", one("worker", roles(Role.CASEWORKER).and(record(Resource.WORKER))));
        m.put("/workers/{workerId}/members/{memberId}", one("member", roles(Role.CASEWORKER).and(record(Resource.WORKER))));
        for (String r : List.of("/workers/{id}/benefits", "/workers/{id}/benefits.xlsx")) {
            m.put(r, one("worker", record(Resource.WORKER)));
        }
        // the benefit ledger over the API: a worker of the subtree (staff) or, without workerId, one's own
        m.put("/api/v1/benefit-ledger", List.of(new Case("worker", record(Resource.WORKER), "workerId={id}")));
        m.put("/workers/{id}/account", one("worker", roles(Role.CASEWORKER, Role.ADMIN).and(record(Resource.WORKER))));
        // hardship: leads, visits, files, reviews, plans
        for (String r : List.of("/leads", "/leads/export.xlsx", "/api/v1/leads")) {
            m.put(r, list(roles(staffReaders(Resource.LEAD))));
        }
        m.put("/leads/new", list(roles(Role.VOLUNTEER, Role.CASEWORKER)));
        m.put("/leads/import", list(roles(Role.CASEWORKER)));
        m.put("/leads/import/template.xlsx", list(roles(Role.CASEWORKER)));
        for (String r : List.of("/leads/{id}", "/api/v1/leads/{id}")) {
            m.put(r, one("lead", record(Resource.LEAD)));
        }
        m.put("/api/v1/leads/{id}/visits", one("lead", record(Resource.VISIT)));
        m.put("/leads/{id}/register", one("lead", roles(Role.CASEWORKER).and(record(Resource.LEAD))));
        m.put("/leads/{id}/visits/new", one("lead", roles(Role.CASEWORKER).and(record(Resource.VISIT))));
        for (String r : List.of("/hardship/files", "/hardship/files/export.xlsx", "/api/v1/hardship-files",
                "/hardship/measures/overdue", "/hardship/reviews/due", "/hardship/reviews/due.xlsx",
                "/hardship/reviews/overdue", "/hardship/reviews/overdue.xlsx")) {
            m.put(r, list(roles(staffReaders(Resource.HARDSHIP_FILE))));
        }
        m.put("/hardship/files/new", List.of(new Case("worker", roles(Role.CASEWORKER).and(record(Resource.WORKER)),
                "workerId={id}")));
        for (String r : List.of("/hardship/files/{id}", "/api/v1/hardship-files/{id}")) {
            m.put(r, one("file", record(Resource.HARDSHIP_FILE)));
        }
        // the printable approval form: the staff readers of the file (no PDF for the worker)
        m.put("/hardship/files/{id}/approval-form.pdf", one("file", record(Resource.HARDSHIP_FILE).and(
                roles(staffReaders(Resource.HARDSHIP_FILE)))));
        // the civil-affairs cross-check (meanstest): staff readers of files; an import within the importer's subtree
        for (String r : List.of("/means-test/imports", "/means-test/imports/template.xlsx", "/means-test/reverify")) {
            m.put(r, list(roles(staffReaders(Resource.HARDSHIP_FILE))));
        }
        m.put("/means-test/imports/{id}", one("civil-affairs-import", roles(staffReaders(Resource.HARDSHIP_FILE))
                .and((u, f) -> f != null && branches.covers(u.branchId(), f.branchId()))));
        m.put("/hardship/joint-reviews/new", list(roles(Role.CASEWORKER, Role.ADMIN)));
        m.put("/hardship/joint-reviews", list(roles(staffReaders(Resource.HARDSHIP_FILE))));
        // mutual aid
        m.put("/mutualaid/claims", list(roles(staffReaders(Resource.CLAIM))));
        m.put("/api/v1/claims", list(roles(staffReaders(Resource.CLAIM))));
        m.put("/mutualaid/claims/new", list(roles(Role.WORKER, Role.CASEWORKER)));
        for (String r : List.of("/mutualaid/claims/{id}", "/api/v1/claims/{id}")) {
            m.put(r, one("claim", record(Resource.CLAIM)));
        }
        m.put("/mutualaid/claims/{id}/statement.pdf", one("decided-claim", record(Resource.CLAIM)));
        for (String r : List.of("/mutualaid/enrolments", "/mutualaid/enrolments/template.xlsx",
                "/mutualaid/enrolments/contributions", "/mutualaid/enrolments/contributions.xlsx",
                "/api/v1/enrolments", "/api/v1/enrolments/contributions")) {
            m.put(r, list(roles(staffReaders(Resource.ENROLMENT))));
        }
        m.put("/api/v1/enrolments/{id}", one("enrolment", record(Resource.ENROLMENT)));
        // zero-touch hospital stays (免申即享): claims reviewers, an import within the subtree of its importer's branch
        for (String r : List.of("/mutualaid/stays", "/mutualaid/stays/template.xlsx", "/api/v1/hospital-stays",
                "/api/v1/hospital-stays/pending")) {
            m.put(r, list(roles(Role.CLAIMS_REVIEWER)));
        }
        for (String r : List.of("/mutualaid/stays/{id}", "/api/v1/hospital-stays/{id}")) {
            m.put(r, one("stayImport", roles(Role.CLAIMS_REVIEWER).and((u, f) -> f != null
                    && branches.covers(u.branchId(), f.branchId()))));
        }
        // the district union's confirmation queue: CASEWORKER and ADMIN (each sees its own subtree's submissions)
        for (String r : List.of("/mutualaid/confirmations", "/api/v1/enrolments/pending")) {
            m.put(r, list(roles(Role.CASEWORKER, Role.ADMIN)));
        }
        m.put("/mutualaid/plans", list(roles(Role.ADMIN, Role.CLAIMS_REVIEWER, Role.EMPLOYER, Role.AUDITOR)));
        m.put("/mutualaid/plans/{id}", one("plan", roles(Role.ADMIN, Role.CLAIMS_REVIEWER, Role.EMPLOYER, Role.AUDITOR)));
        m.put("/mutualaid/plans/new", list(roles(Role.ADMIN)));
        m.put("/mutualaid/plans/{id}/edit", one("plan", roles(Role.ADMIN)));
        // plans are published reference data: any signed-in user reads them over the API (a worker's coverage)
        m.put("/api/v1/plans", list(ANYONE));
        m.put("/api/v1/plans/{id}", one("plan", ANYONE));
        // programmes and applications
        m.put("/programmes", list(ANYONE));
        m.put("/api/v1/programmes", list(ANYONE));
        for (String r : List.of("/programmes/{id}", "/api/v1/programmes/{id}")) {
            m.put(r, one("programme", catalogue()));
        }
        m.put("/programmes/new", list(roles(Role.ADMIN)));
        m.put("/programmes/{id}/edit", one("programme", roles(Role.ADMIN).and(catalogue())));
        m.put("/programmes/{id}/apply", one("programme", roles(Role.WORKER).and(catalogue())));
        m.put("/programmes/{id}/nominate", one("programme", roles(Role.CASEWORKER).and(catalogue())));
        for (String r : List.of("/applications", "/applications/export.xlsx", "/api/v1/applications")) {
            m.put(r, list(roles(staffReaders(Resource.APPLICATION)).or(roles(Role.PARTNER))));
        }
        for (String r : List.of("/applications/{id}", "/api/v1/applications/{id}")) {
            m.put(r, one("application", record(Resource.APPLICATION)));
        }
        // the decision letter: the staff readers in scope (not a funding partner), and the worker on their own page
        m.put("/applications/{id}/decision.pdf", one("decided-application",
                roles(Role.CASEWORKER, Role.ADMIN, Role.AUDITOR).and(record(Resource.APPLICATION))));
        m.put("/me/applications/{id}/decision.pdf", one("decided-application", SUBJECT));
        // payouts, batches, funding
        for (String r : List.of("/payouts", "/payouts/export.xlsx", "/api/v1/payouts")) {
            m.put(r, list(roles(staffReaders(Resource.PAYOUT)).or(roles(Role.PARTNER))));
        }
        for (String r : List.of("/payouts/{id}", "/api/v1/payouts/{id}", "/api/v1/payouts/{id}/history")) {
            m.put(r, one("payout", record(Resource.PAYOUT)));
        }
        m.put("/api/v1/payouts/{id}/funding-options", one("payout", roles(Role.ADMIN).and(record(Resource.PAYOUT))));
        m.put("/payouts/queue", list(roles(Role.ADMIN)));
        m.put("/api/v1/payouts/queue", list(roles(Role.ADMIN)));
        for (String r : List.of("/payouts/batches", "/api/v1/payouts/batches")) {
            m.put(r, list(roles(staffReaders(Resource.DISBURSEMENT_BATCH))));
        }
        for (String r : List.of("/payouts/batches/{id}", "/api/v1/payouts/batches/{id}")) {
            m.put(r, one("batch", record(Resource.DISBURSEMENT_BATCH)));
        }
        m.put("/payouts/batches/{id}/payment-list.pdf", one("batch", record(Resource.DISBURSEMENT_BATCH)));
        for (String r : List.of("/payouts/batches/{id}/bank-file.csv", "/payouts/batches/{id}/bank-file.xlsx")) {
            m.put(r, one("batch", roles(Role.ADMIN).and(record(Resource.DISBURSEMENT_BATCH))));
        }
        for (String r : List.of("/payouts/funding", "/api/v1/payouts/funding")) {
            // the funding page's roles, and only for a programme the user may see (payouts' Funding applies the
            // programmes module's visibility rule)
            m.put(r, List.of(new Case("programme", roles(staffReaders(Resource.PAYOUT)).or(roles(Role.PARTNER))
                    .and(catalogue()), "programme={id}")));
        }
        // objections lodged on the public notice board
        for (String r : List.of("/objections", "/api/v1/objections")) {
            m.put(r, list(roles(staffReaders(Resource.OBJECTION))));
        }
        for (String r : List.of("/objections/{id}", "/api/v1/objections/{id}")) {
            m.put(r, one("objection", record(Resource.OBJECTION)));
        }
        // appeals: the readers of the record appealed against (an application here) in scope, and its worker; the
        // staff queue for the roles that read some kind of appealed record; the lodge form only for the worker
        // concerned (the fixture's worker is no demo user, so nobody here)
        m.put("/appeals", list(roles(Role.CASEWORKER, Role.ADMIN, Role.AUDITOR, Role.CLAIMS_REVIEWER)));
        m.put("/api/v1/appeals", list(ANYONE));
        for (String r : List.of("/appeals/{id}", "/api/v1/appeals/{id}")) {
            m.put(r, one("appeal", appeal(Resource.APPLICATION)));
        }
        m.put("/me/appeals/new", List.of(new Case("application", SUBJECT, "subjectType=APPLICATION&subjectId={id}")));
        // micro-wishes: the board for PARTNER users and staff readers of their subtree, a wish also for its worker;
        // the posting form for a worker (their own) or a caseworker for a worker they see
        Rule wishReaders = roles(Role.CASEWORKER, Role.ADMIN, Role.AUDITOR, Role.PARTNER);
        Rule wish = SUBJECT.or(wishReaders.and((u, f) -> branches.covers(u.branchId(), f.branchId())));
        for (String r : List.of("/wishes", "/wishes/statistics", "/api/v1/wishes")) {
            m.put(r, list(wishReaders));
        }
        m.put("/wishes/review", list(roles(Role.CASEWORKER)));
        m.put("/wishes/claimed", list(roles(Role.PARTNER, Role.CASEWORKER, Role.ADMIN)));
        m.put("/me/wishes", list(ANYONE));
        m.put("/wishes/new", List.of(new Case(null, (u, f) -> u.workerId() != null, ""),
                new Case("worker", roles(Role.CASEWORKER).and(record(Resource.WORKER)), "workerId={id}")));
        for (String r : List.of("/wishes/{id}", "/api/v1/wishes/{id}")) {
            m.put(r, one("wish", wish));
        }
        // documents inherit the access of their owner record
        m.put("/documents/{id}", List.of(
                new Case("doc-WISH", wish, ""),
                new Case("doc-APPEAL", appeal(Resource.APPLICATION), ""),
                new Case("doc-LEAD", record(Resource.LEAD).or(SUBJECT), ""),
                new Case("doc-VISIT", record(Resource.VISIT), ""),
                new Case("doc-CLAIM", record(Resource.CLAIM), ""),
                new Case("doc-APPLICATION", record(Resource.APPLICATION), ""),
                new Case("doc-HARDSHIP_FILE", roles(staffReaders(Resource.HARDSHIP_FILE))
                        .and(record(Resource.HARDSHIP_FILE)), "")));
        return m;
    }

    private static List<Case> list(Rule rule) {
        return List.of(new Case(null, rule, ""));
    }

    private static List<Case> one(String fixture, Rule rule) {
        return List.of(new Case(fixture, rule, ""));
    }

    private static Role[] staffReaders(Resource resource) {
        return resource.staffReaders().toArray(Role[]::new);
    }

    @Test
    void everyGetRouteAnswersAsTheMatrixSaysForEveryRoleOfTheOwnAndAnotherBranch() throws Exception {
        Map<String, Fixture> fixtures = fixtures();
        Map<String, List<Case>> matrix = matrix();
        Set<String> routes = getRoutes();
        assertThat(routes).as("GET routes missing from the access matrix (add them to matrix())")
                .isSubsetOf(matrix.keySet());
        assertThat(matrix.keySet()).as("matrix rows without a route").isSubsetOf(routes);
        assertThat(apiRoutes()).as("the OpenAPI document lists every /api GET route and only those")
                .isEqualTo(routes.stream().filter(r -> r.startsWith("/api/")).collect(Collectors.toCollection(TreeSet::new)));

        Map<String, UserDetails> users = new LinkedHashMap<>();
        users().forEach(u -> users.put(u, userDetailsService.loadUserByUsername(u)));
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (String route : routes) {
            for (Case c : matrix.get(route)) {
                if (c.rule() == PUBLIC) {
                    continue;
                }
                Fixture fixture = c.fixture() == null ? null : fixtures.get(c.fixture());
                assertThat(c.fixture() == null || fixture != null).as("fixture " + c.fixture() + " of " + route).isTrue();
                String url = fill(route, c.fixture(), fixture) + (c.query().isEmpty() ? ""
                        : "?" + c.query().replace("{id}", String.valueOf(fixture == null ? 0 : fixture.id())));
                for (Map.Entry<String, UserDetails> user : users.entrySet()) {
                    boolean allowed = c.rule().allows((Actor) user.getValue(), fixture);
                    int status = mvc.perform(get(url).with(user(user.getValue()))).andReturn().getResponse().getStatus();
                    requests++;
                    boolean ok = allowed ? status >= 200 && status < 400 : status == 403 || status == 404;
                    if (!ok) {
                        wrong.add(String.format("%-45s %-13s expected %s, got %d", url, user.getKey(),
                                allowed ? "2xx" : "403/404", status));
                    }
                }
            }
        }
        assertThat(wrong).as("answers against the access matrix (" + requests + " requests)").isEmpty();
    }

    /**
     * The exposed actuator endpoints (not in the request mappings above): health is public, the Prometheus
     * scrape only for a SYSADMIN (or the scrape token, MetricsEndpointIntegrationTests); everyone else 403.
     */
    @Test
    void theActuatorEndpointsAnswerAsTheMatrixSaysForEveryRole() throws Exception {
        Map<String, Rule> actuator = new LinkedHashMap<>();
        actuator.put("/actuator/health", PUBLIC);
        actuator.put("/actuator/prometheus", roles(Role.SYSADMIN));
        List<String> wrong = new ArrayList<>();
        for (String username : users()) {
            UserDetails user = userDetailsService.loadUserByUsername(username);
            for (Map.Entry<String, Rule> route : actuator.entrySet()) {
                boolean allowed = route.getValue().allows((Actor) user, null);
                int status = mvc.perform(get(route.getKey()).with(user(user))).andReturn().getResponse().getStatus();
                // health answers 503 while a component is down (the test mail server is not always up): not refused
                boolean ok = allowed ? status == 200 || (route.getValue() == PUBLIC && status == 503) : status == 403;
                if (!ok) {
                    wrong.add(String.format("%-25s %-13s expected %s, got %d", route.getKey(), username,
                            allowed ? "200" : "403", status));
                }
            }
        }
        assertThat(wrong).as("actuator answers against the access matrix").isEmpty();
    }

    /** The demo users (each role of Yanta's subtree and of another branch) and an ADMIN of Baoji. */
    List<String> users() {
        if (jdbc.queryForList("select id from user_account where username = 'matrix-admin-bj'").isEmpty()) {
            long baoji = jdbc.queryForObject("select id from branch where code = 'SN-BJ'", Long.class);
            SignedIn.as(userDetailsService, "sysadmin", () -> userManagement.create(new Users.CreateUser(
                    "matrix-admin-bj", "matrix-admin-password", "宝鸡管理员 矩阵", baoji, Set.of(Role.ADMIN), null, null)));
        }
        List<String> all = new ArrayList<>(USERS);
        all.add("matrix-admin-bj");
        return all;
    }

    Set<String> apiRoutes() throws Exception {
        JsonNode doc = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        Set<String> paths = new TreeSet<>();
        doc.get("paths").properties().forEach(e -> {
            if (e.getValue().has("get")) {
                paths.add(e.getKey());
            }
        });
        return paths;
    }

    /** The route with its path variables filled from the fixture ({memberId} with the member, {workerId} its worker). */
    static String fill(String route, @Nullable String key, @Nullable Fixture fixture) {
        if (fixture == null) {
            return route;
        }
        String url = route.replace("{memberId}", String.valueOf(fixture.id()));
        long id = "member".equals(key) ? Objects.requireNonNull(fixture.workerId()) : fixture.id();
        return url.replace("{workerId}", String.valueOf(id)).replace("{id}", String.valueOf(id));
    }

    Set<String> getRoutes() throws Exception {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            routes.addAll(info.getPatternValues());
        }
        return routes;
    }

    Map<String, Fixture> fixtures() throws IOException {
        String yanta = jdbc.queryForObject("select path from branch where code = 'SN-XA-YT'", String.class) + "%";
        Map<String, Fixture> f = new LinkedHashMap<>();
        long demoWorker = jdbc.queryForObject("select worker_id from user_account where username = 'worker'", Long.class);
        put(f, "worker", "select w.id, w.branch_id, w.id, null::bigint from worker w join branch b on b.id = w.branch_id "
                + "where b.path like ? and w.id <> " + demoWorker + " and exists (select 1 from household h join household_member m on m.household_id = h.id where h.primary_worker_id = w.id) order by w.id limit 1", yanta);
        Fixture worker = f.get("worker");
        put(f, "member", "select m.id, w.branch_id, w.id, null::bigint from household_member m join household h on h.id = m.household_id "
                + "join worker w on w.id = h.primary_worker_id where w.id = ? order by m.id limit 1", worker.id());
        put(f, "file", "select x.id, x.branch_id, x.primary_worker_id, null::bigint from hardship_file x join branch b on b.id = x.branch_id "
                + "where b.path like ? and x.primary_worker_id <> " + demoWorker + " order by x.id limit 1", yanta);
        put(f, "claim", "select x.id, x.branch_id, x.worker_id, null::bigint from mutualaid_claim x join branch b on b.id = x.branch_id "
                + "where b.path like ? and x.worker_id <> " + demoWorker + " and x.state <> 'DRAFT' order by x.id limit 1", yanta);
        put(f, "enrolment", "select x.id, x.employer_branch_id, x.worker_id, null::bigint from mutualaid_enrolment x "
                + "where x.employer_branch_id = (select branch_id from user_account where username = 'employer') "
                + "and x.worker_id <> " + demoWorker + " order by x.id limit 1");
        put(f, "plan", "select p.id, (select r.id from branch r where r.parent_id is null), null::bigint, null::bigint from mutualaid_plan p order by p.id limit 1");
        put(f, "application", "select x.id, x.branch_id, x.worker_id, x.programme_id from programme_application x "
                + "join branch b on b.id = x.branch_id where b.path like ? and x.worker_id <> " + demoWorker
                + " and x.programme_id in (select programme_id from funding_source where partner_user_id = "
                + "(select id from user_account where username = 'partner')) order by x.id limit 1", yanta);
        put(f, "programme", "select x.id, x.branch_id, null, x.id from programme x where x.id = ?",
                f.get("application").programmeId());
        // a payout co-funded by the partner, in Yanta if there is one (else elsewhere in Xi'an)
        put(f, "payout", "select x.id, x.branch_id, x.payee_worker_id, x.programme_id from payout x join branch b on b.id = x.branch_id "
                + "where x.payee_worker_id <> " + demoWorker + " and b.path like (select path || '%' from branch where code = 'SN-XA') "
                + "order by exists (select 1 from payout_funding pf join funding_source s on s.id = pf.funding_source_id "
                + "where pf.payout_id = x.id and s.partner_user_id = (select id from user_account where username = 'partner')) desc, "
                + "(b.path like ?) desc, x.id limit 1", yanta);
        f.computeIfPresent("payout", (k, v) -> v.fundedBy(Set.copyOf(jdbc.queryForList("select s.partner_user_id "
                + "from payout_funding pf join funding_source s on s.id = pf.funding_source_id where pf.payout_id = ? "
                + "and s.partner_user_id is not null", Long.class, v.id()))));
        for (String key : List.of("application", "programme")) {
            f.computeIfPresent(key, (k, v) -> v.fundedBy(Set.copyOf(jdbc.queryForList("select partner_user_id "
                    + "from funding_source where programme_id = ? and partner_user_id is not null", Long.class,
                    v.programmeId()))));
        }
        put(f, "decided-claim", "select x.id, x.branch_id, x.worker_id, null::bigint from mutualaid_claim x join branch b "
                + "on b.id = x.branch_id where b.path like ? and x.worker_id <> " + demoWorker
                + " and x.state in ('APPROVED', 'PAID') order by x.id limit 1", yanta);
        put(f, "decided-application", "select x.id, x.branch_id, x.worker_id, x.programme_id from programme_application x "
                + "join branch b on b.id = x.branch_id where b.path like ? and x.worker_id <> " + demoWorker
                + " and x.state in ('APPROVED', 'PAID', 'REJECTED') order by x.id limit 1", yanta);
        put(f, "batch", "select x.id, x.branch_id, null::bigint, null::bigint from disbursement_batch x order by x.id limit 1");
        // an import of settlement data by the province's reviewer (one stranger's stay: no claim, no member)
        org.unionaid.mutualaid.StayImportView stayImport = SignedIn.as(userDetailsService, "reviewer",
                () -> hospitalStays.importFile(("id,hospital,in,out,total,basic,self\n"
                        + org.unionaid.people.TestPeople.freshNationalId() + ",矩阵医院," + Today.date().minusDays(9)
                        + "," + Today.date().minusDays(8) + ",100,0,100\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "matrix.csv"));
        f.put("stayImport", new Fixture(stayImport.id(), stayImport.branchId(), null, null));
        put(f, "user", "select id, branch_id, null::bigint, null::bigint from user_account where username = 'caseworker'");
        put(f, "branch", "select id, id, null::bigint, null::bigint from branch where code = 'SN-XA-YT'");
        jdbc.update("""
                insert into objection (subject_type, subject_id, branch_id, subject_label, text, lodged_at)
                select 'HARDSHIP_FILE', ?, ?, '矩*户', '矩阵测试的异议', now()""", f.get("file").id(), f.get("file").branchId());
        put(f, "objection", "select x.id, x.branch_id, null::bigint, null::bigint from objection x "
                + "where x.subject_id = ? and x.subject_type = 'HARDSHIP_FILE' order by x.id desc limit 1", f.get("file").id());
        for (String owner : List.of("CLAIM", "HARDSHIP_FILE")) {
            put(f, "doc-" + owner, "select d.id, d.branch_id, d.worker_id, null::bigint from document d join branch b on b.id = d.branch_id "
                    + "where b.path like ? and d.owner_type = '" + owner + "' and (d.worker_id is null or d.worker_id <> "
                    + demoWorker + ") order by d.id limit 1", yanta);
        }
        long yantaId = jdbc.queryForObject("select id from branch where code = 'SN-XA-YT'", Long.class);
        long civilAffairsImport = jdbc.queryForObject("""
                insert into civil_affairs_import (branch_id, file_name, row_count, matched_count, imported_by, imported_at)
                values (?, 'matrix.csv', 0, 0, 'caseworker', now()) returning id""", Long.class, yantaId);
        f.put("civil-affairs-import", new Fixture(civilAffairsImport, yantaId, null, null));
        byte[] png = png();
        LeadView lead = SignedIn.as(userDetailsService, "caseworker", () -> {
            LeadView l = leads.report(new ReportLead(yantaId, "矩阵测试户", null, "13900000000", "雁塔路1号",
                    "矩阵测试", null, null), List.of(new Upload(DocumentKind.PHOTO, "door.png", png)));
            leads.assign(l.id(), jdbc.queryForObject("select id from user_account where username = 'caseworker'",
                    Long.class));
            visits.record(l.id(), new VisitRecord(Today.date(), List.of("甲", "乙"), "核实", 2,
                    new BigDecimal("6000"), BigDecimal.ZERO, BigDecimal.ZERO, null, true),
                    List.of(new Upload(DocumentKind.CONSENT, "consent.png", png)));
            return l;
        });
        f.put("lead", new Fixture(lead.id(), yantaId, null, null));
        put(f, "doc-LEAD", "select id, branch_id, worker_id, null::bigint from document where owner_type = 'LEAD' "
                + "and owner_id = ?", lead.id());
        put(f, "doc-VISIT", "select d.id, d.branch_id, d.worker_id, null::bigint from document d join verification_visit v "
                + "on v.id = d.owner_id where d.owner_type = 'VISIT' and v.lead_id = ?", lead.id());
        Fixture application = f.get("application");
        long applicationDocument = SignedIn.as(userDetailsService, "caseworker", () -> documents.store(new StoreDocument(
                "APPLICATION", application.id(), application.branchId(), application.workerId(), DocumentKind.OTHER,
                "certificate.png", png)).id());
        f.put("doc-APPLICATION", new Fixture(applicationDocument, application.branchId(), application.workerId(), null,
                application.funders()));
        // a decided appeal against the application (decided, so it never blocks an appeal another test lodges)
        long appeal = jdbc.queryForObject("""
                insert into appeal (reference, subject_type, subject_id, subject_reference, branch_id, appellant_worker_id,
                    lodged_by, reason, state, refused_by, refused_at, decided_by, decision_reason, lodged_at, decided_at,
                    due_on)
                select 'SS-M-' || nextval('appeal_number_seq'), 'APPLICATION', a.id, a.reference, a.branch_id,
                    a.worker_id, 'matrix', '矩阵测试', 'DISMISSED', 'caseworker', now(), 'admin', '维持', now(), now(),
                    current_date from programme_application a where a.id = ? returning id""", Long.class,
                application.id());
        f.put("appeal", new Fixture(appeal, application.branchId(), application.workerId(), null));
        long appealDocument = SignedIn.as(userDetailsService, "caseworker", () -> documents.store(new StoreDocument(
                "APPEAL", appeal, application.branchId(), application.workerId(), DocumentKind.OTHER,
                "appeal.png", png)).id());
        f.put("doc-APPEAL", new Fixture(appealDocument, application.branchId(), application.workerId(), null));
        // a wish on the board, of the application's worker (no demo user), with its photo
        long wish = jdbc.queryForObject("""
                insert into wish (reference, programme_id, worker_id, masked_name, branch_id, title, reason, wish_value,
                    state, posted_by, posted_at, reviewed_by, reviewed_at)
                select 'WX-M-' || nextval('wish_number_seq'), a.programme_id, a.worker_id, '矩*户', a.branch_id,
                    '书包', '矩阵测试', 100, 'PUBLISHED', 'matrix', now(), 'caseworker', now()
                  from programme_application a where a.id = ? returning id""", Long.class, application.id());
        f.put("wish", new Fixture(wish, application.branchId(), application.workerId(), null));
        long wishPhoto = SignedIn.as(userDetailsService, "caseworker", () -> documents.store(new StoreDocument(
                "WISH", wish, application.branchId(), application.workerId(), DocumentKind.PHOTO,
                "wish.png", png)).id());
        f.put("doc-WISH", new Fixture(wishPhoto, application.branchId(), application.workerId(), null));
        return f;
    }

    private static @Nullable Long asLong(@Nullable Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(3, 3, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private void put(Map<String, Fixture> f, String key, String sql, Object... args) {
        List<Fixture> rows = jdbc.query(sql, (rs, i) -> new Fixture(rs.getLong(1), rs.getLong(2),
                asLong(rs.getObject(3)), asLong(rs.getObject(4))), args);
        if (!rows.isEmpty()) {
            f.put(key, rows.get(0));
        }
    }
}
