package org.unionaid.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unionaid.support.Today;
import org.unionaid.documents.DocumentKind;
import org.unionaid.hardship.LeadView;
import org.unionaid.hardship.Leads;
import org.unionaid.hardship.ReportLead;
import org.unionaid.hardship.Upload;
import org.unionaid.hardship.VisitRecord;
import org.unionaid.mutualaid.EnrolStaff;
import org.unionaid.mutualaid.Enrolments;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.security.Role;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.SignedIn;
import org.unionaid.users.Users;

/**
 * The leaks the penetration test of issue 15 found, each as a regression test: role need-to-know beside
 * branch scope (docs/security.md). Out of need-to-know answers like missing (404), or 403 where a URL or
 * form rule refuses the whole role.
 */
class NeedToKnowIntegrationTests extends IntegrationTestSupport {

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    Leads leads;

    @Autowired
    org.unionaid.hardship.Visits visits;

    @Autowired
    Users users;

    @Autowired
    Enrolments enrolments;

    long leadId;
    long photoId;
    long visitDocumentId;

    @BeforeEach
    void leadWithAVisit() throws Exception {
        long yanta = jdbc.queryForObject("select id from branch where code = 'SN-XA-YT'", Long.class);
        byte[] png = AccessMatrixIntegrationTests.png();
        LeadView lead = SignedIn.as(userDetailsService, "volunteer", () -> leads.report(new ReportLead(yanta,
                "需知测试户", null, "13900000001", "雁塔路2号", "需知测试", null, null),
                List.of(new Upload(DocumentKind.PHOTO, "home.png", png))));
        leadId = lead.id();
        SignedIn.run(userDetailsService, "caseworker", () -> {
            leads.assign(leadId, jdbc.queryForObject("select id from user_account where username = 'caseworker'",
                    Long.class));
            visits.record(leadId, new VisitRecord(Today.date(), List.of("甲", "乙"), "内部核实记录", 3,
                    new BigDecimal("9000"), BigDecimal.ZERO, BigDecimal.ZERO, null, true),
                    List.of(new Upload(DocumentKind.CONSENT, "consent.png", png)));
        });
        photoId = jdbc.queryForObject("select id from document where owner_type = 'LEAD' and owner_id = ?", Long.class,
                leadId);
        visitDocumentId = jdbc.queryForObject("select d.id from document d join verification_visit v on v.id = d.owner_id "
                + "where d.owner_type = 'VISIT' and v.lead_id = ?", Long.class, leadId);
    }

    @Test
    void aPartnerSeesNoLeadVisitOrDocumentOfIt() throws Exception {
        for (String partner : List.of("partner", "partner2")) {
            mvc.perform(get("/leads/{id}", leadId).with(as(partner))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/leads/{id}", leadId).with(as(partner))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/leads/{id}/visits", leadId).with(as(partner))).andExpect(status().isNotFound());
            mvc.perform(get("/leads/{id}/register", leadId).with(as(partner))).andExpect(status().isForbidden());
            mvc.perform(get("/documents/{id}", photoId).with(as(partner))).andExpect(status().isNotFound());
            mvc.perform(get("/documents/{id}", visitDocumentId).with(as(partner))).andExpect(status().isNotFound());
        }
        // the caseworker of the branch still works the lead
        mvc.perform(get("/leads/{id}", leadId).with(as("caseworker"))).andExpect(status().isOk());
        mvc.perform(get("/documents/{id}", visitDocumentId).with(as("caseworker"))).andExpect(status().isOk());
        mvc.perform(get("/documents/{id}", photoId).with(as("auditor"))).andExpect(status().isOk());
    }

    @Test
    void aPartnerOpensOnlyApplicationsOfProgrammesItFunds() throws Exception {
        long partner = userId("partner");
        Long notFunded = jdbc.queryForObject("""
                select min(a.id) from programme_application a where a.programme_id not in
                 (select programme_id from funding_source where partner_user_id = ?)""", Long.class, partner);
        Long funded = jdbc.queryForObject("""
                select min(a.id) from programme_application a where a.programme_id in
                 (select programme_id from funding_source where partner_user_id = ?)""", Long.class, partner);
        assertThat(notFunded).isNotNull();
        assertThat(funded).isNotNull();
        mvc.perform(get("/applications/{id}", notFunded).with(as("partner"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/applications/{id}", notFunded).with(as("partner"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/applications/{id}", funded).with(as("partner"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.workerName").value(Matchers.containsString("*")));
    }

    @Test
    void claimsReviewersAndSysadminsDoNoHardshipCaseWork() throws Exception {
        for (String user : List.of("reviewer", "reviewer2", "sysadmin", "sysadmin2")) {
            mvc.perform(get("/leads/{id}", leadId).with(as(user))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/leads/{id}", leadId).with(as(user))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/leads/{id}/visits", leadId).with(as(user))).andExpect(status().isNotFound());
            mvc.perform(get("/documents/{id}", photoId).with(as(user))).andExpect(status().isNotFound());
            mvc.perform(get("/documents/{id}", visitDocumentId).with(as(user))).andExpect(status().isNotFound());
            mvc.perform(get("/leads").with(as(user))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theVisitFormIsNotShownToVolunteersAndPartners() throws Exception {
        for (String user : List.of("volunteer", "volunteer2", "partner", "partner2", "reviewer", "sysadmin")) {
            mvc.perform(get("/leads/{id}/visits/new", leadId).with(as(user)))
                    .andExpect(status().is(Matchers.oneOf(403, 404)));
        }
        mvc.perform(get("/leads/{id}/visits/new", leadId).with(as("caseworker"))).andExpect(status().isOk());
    }

    @Test
    void aVolunteerSeesOnlyTheStateOfTheirOwnReport() throws Exception {
        mvc.perform(get("/leads/{id}", leadId).with(as("volunteer")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("内部核实记录"))));
        mvc.perform(get("/api/v1/leads/{id}", leadId).with(as("volunteer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("VERIFYING"))
                .andExpect(jsonPath("$.personName").doesNotExist());
        mvc.perform(get("/api/v1/leads/{id}/visits", leadId).with(as("volunteer"))).andExpect(status().isNotFound());
        mvc.perform(get("/documents/{id}", visitDocumentId).with(as("volunteer"))).andExpect(status().isNotFound());
        mvc.perform(get("/documents/{id}", photoId).with(as("volunteer"))).andExpect(status().isNotFound());
        mvc.perform(get("/leads/{id}", leadId).with(as("volunteer2"))).andExpect(status().isNotFound());
    }

    @Test
    void anEmployerReadsOnlyEnrolmentsOfItsOwnUnion() throws Exception {
        long own = jdbc.queryForObject("select min(id) from mutualaid_enrolment where employer_branch_id = "
                + "(select branch_id from user_account where username = 'employer')", Long.class);
        long other = SignedIn.as(userDetailsService, "employer2", () -> enrolments.enrol(new EnrolStaff(
                TestPeople.freshName("钢厂"), TestPeople.freshNationalId(), "13600000002", "HZ-ZY"))).id();
        mvc.perform(get("/api/v1/enrolments/{id}", own).with(as("employer"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/enrolments/{id}", other).with(as("employer"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enrolments/{id}", own).with(as("employer2"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enrolments").with(as("employer")))
                .andExpect(jsonPath("$[*].employerBranchId", Matchers.everyItem(Matchers.is(
                        jdbc.queryForObject("select branch_id from user_account where username = 'employer'",
                                Long.class).intValue()))));
    }

    @Test
    void theAuditTrailOfAYantaWorkerIsNotShownToBaoji() throws Exception {
        String worker = jdbc.queryForObject("""
                select min(e.entity_id) from audit_event e join worker w on w.id::text = e.entity_id
                  join branch b on b.id = w.branch_id
                 where e.entity_type = 'Worker' and b.path like (select path || '%' from branch where code = 'SN-XA-YT')""",
                String.class);
        assertThat(worker).isNotNull();
        for (String user : List.of("auditor2", "sysadmin2")) {
            mvc.perform(get("/audit").with(as(user)).param("entityType", "Worker").param("entityId", worker))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("data-entity-type=\"Worker\""))));
            assertThat(exportRows(user, worker)).isZero();
            mvc.perform(get("/api/v1/audit-events").with(as(user)).param("entityType", "Worker").param("entityId", worker))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.totalElements").value(0));
        }
        mvc.perform(get("/audit").with(as("auditor")).param("entityType", "Worker").param("entityId", worker))
                .andExpect(content().string(Matchers.containsString("data-entity-type=\"Worker\"")));
        assertThat(exportRows("auditor", worker)).isPositive();
        mvc.perform(get("/api/v1/audit-events").with(as("auditor")).param("entityType", "Worker").param("entityId", worker))
                .andExpect(jsonPath("$.totalElements").value(Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.content[0].entityId").value(worker));
        mvc.perform(get("/api/v1/audit-events").with(as("caseworker"))).andExpect(status().isForbidden());
    }

    @Test
    void rowsWithoutABranchAreShownOnlyToTheRootBranch() throws Exception {
        String probe = "system-" + System.nanoTime();
        jdbc.update("insert into audit_event (actor, entity_type, entity_id, action, branch_id) "
                + "values ('system', 'SystemProbe', ?, 'PROBE', null)", probe);
        if (jdbc.queryForList("select id from user_account where username = 'matrix-auditor-root'").isEmpty()) {
            long root = jdbc.queryForObject("select id from branch where parent_id is null", Long.class);
            SignedIn.run(userDetailsService, "sysadmin", () -> users.create(new Users.CreateUser(
                    "matrix-auditor-root", "matrix-auditor-password", "全总审计 矩阵", root, Set.of(Role.AUDITOR),
                    null, null)));
        }
        mvc.perform(get("/api/v1/audit-events").with(as("auditor")).param("entityId", probe))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/audit-events").with(as("matrix-auditor-root")).param("entityId", probe))
                .andExpect(jsonPath("$.totalElements").value(1));
    }

    private int exportRows(String user, String workerId) throws Exception {
        byte[] xlsx = mvc.perform(get("/audit/export.xlsx").with(as(user)).param("entityType", "Worker")
                        .param("entityId", workerId))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getSheetAt(0).getLastRowNum();
        }
    }

    private long userId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    private RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }
}
