package org.unionaid.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.support.Today;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.people.WorkerView;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.users.Users;

class MutualAidPagesIntegrationTests extends IntegrationTestSupport {

    @Autowired
    People registry;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    MutualAidPlans plans;
    @Autowired
    Enrolments enrolments;

    @Autowired
    EnrolmentConfirmations confirmations;
    @Autowired
    Claims claims;
    @Autowired
    ClaimQueries claimQueries;
    @Autowired
    Users users;

    TestPeople people;
    TestClaims data;
    LocalDate today;

    @BeforeEach
    void setUp() {
        people = new TestPeople(registry, userDetails, jdbc);
        data = new TestClaims(people, plans, enrolments, claims, users, jdbc, confirmations);
        today = Today.date();
    }

    private UserDetails as(String username) {
        return userDetails.loadUserByUsername(username);
    }

    private long enrolmentsOf(PlanView plan) {
        return jdbc.queryForObject("select count(*) from mutualaid_enrolment where plan_id = ?", Long.class, plan.id());
    }

    @Test
    void staffListWithAnyBadRowIsRejectedWholeWithRowAndColumn() throws Exception {
        PlanView plan = data.plan(30, TestClaims.hospitalRule());
        String csv = "name,national id,phone,plan\n"
                + "张三," + TestPeople.freshNationalId() + ",13900000001," + plan.code() + "\n"
                + "李四,110101199001011234,13900000002," + plan.code() + "\n"
                + "王五," + TestPeople.freshNationalId() + ",13900000003,NO-SUCH-PLAN\n";
        mvc.perform(multipart("/mutualaid/enrolments/upload")
                        .file(new MockMultipartFile("file", "staff.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(user(as("employer"))).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The list has 2 problem(s); nobody was enrolled")))
                .andExpect(content().string(containsString("&#39;110101199001011234&#39; is not a valid national ID")))
                .andExpect(content().string(containsString("There is no plan with the code NO-SUCH-PLAN")));
        assertThat(enrolmentsOf(plan)).isZero();
    }

    @Test
    void staffListEnrolsNewWorkersAndMatchesRegisteredOnesByNationalId() throws Exception {
        PlanView plan = data.plan(30, TestClaims.hospitalRule());
        String existingId = TestPeople.freshNationalId();
        WorkerView existing = people.as("caseworker", () -> registry.register(
                people.details(existingId, TestPeople.freshName("已登记"), "SN-XA-YT-WL")));
        String newId = TestPeople.freshNationalId();
        String newName = TestPeople.freshName("新职工");
        byte[] xlsx = Spreadsheets.write("staff", List.of("姓名", "身份证号", "电话", "计划编号"), List.of(
                List.of("已登记的人", existingId, "13900000004", plan.code()),
                List.of(newName, newId, "13900000005", plan.code())));
        mvc.perform(multipart("/mutualaid/enrolments/upload")
                        .file(new MockMultipartFile("file", "staff.xlsx", Spreadsheets.MEDIA_TYPE, xlsx))
                        .with(user(as("employer"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(enrolmentsOf(plan)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from mutualaid_enrolment where plan_id = ? and worker_id = ?",
                Long.class, plan.id(), existing.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from worker where name = ?", Long.class, newName)).isEqualTo(1);
        // submitted: nobody is covered until the district union confirms
        assertThat(jdbc.queryForList("select status from mutualaid_enrolment where plan_id = ?", String.class,
                plan.id())).containsOnly("SUBMITTED");
        assertThat(jdbc.queryForList("select coverage_start from mutualaid_enrolment where plan_id = ?",
                LocalDate.class, plan.id())).containsOnlyNulls();
        mvc.perform(get("/mutualaid/enrolments/contributions").with(user(as("employer"))))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(plan.code()))));
        people.as("caseworker", () -> confirmations.confirm(jdbc.queryForList(
                "select id from mutualaid_enrolment where plan_id = ?", Long.class, plan.id())));
        assertThat(jdbc.queryForList("select coverage_start from mutualaid_enrolment where plan_id = ?",
                LocalDate.class, plan.id())).containsOnly(today.plusDays(1));
        assertThat(jdbc.queryForList("select waiting_ends_on from mutualaid_enrolment where plan_id = ?",
                LocalDate.class, plan.id())).containsOnly(today.plusDays(31));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'MutualAidEnrolment' "
                + "and action = 'ENROL' and after_value::text like ?", Long.class, "%" + plan.code() + "%"))
                .isEqualTo(2);

        mvc.perform(get("/mutualaid/enrolments/contributions").with(user(as("employer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(plan.code())))
                .andExpect(content().string(containsString("120.00")));
        byte[] export = mvc.perform(get("/mutualaid/enrolments/contributions.xlsx").with(user(as("employer"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isNotBlank();
            for (org.apache.poi.ss.usermodel.Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(plan.code())) {
                    assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(row.getCell(2))).isTrue();
                    assertThat(row.getCell(4).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                    assertThat(row.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                }
            }
        }
    }

    @Test
    void workerSeesCoverageWithWaitingPeriodEndAndTheirClaims() throws Exception {
        PlanView plan = data.plan(30, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(200));
        mvc.perform(get("/me/coverage").with(user(as(member.username()))).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(plan.name())))
                .andExpect(content().string(containsString(today.minusDays(200).plusDays(31).toString())));
    }

    @Test
    void aCaseworkerStartsAClaimForAWorkerFromTheWorkersPage() throws Exception {
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(300));
        mvc.perform(get("/workers/" + member.workerId()).with(user(as("caseworker"))).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/mutualaid/claims/new?workerId=" + member.workerId())));
        mvc.perform(get("/mutualaid/claims/new").param("workerId", String.valueOf(member.workerId()))
                        .with(user(as("caseworker"))).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(plan.name())));
    }

    @Test
    void reviewerOfAnotherCityGets404OnTheClaimPageAndTheApi() throws Exception {
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(300));
        ClaimView claim = data.submitted(member, TestClaims.claim(plan, today.minusDays(10), 3, "3000.00", "0.00"));
        mvc.perform(get("/mutualaid/claims/" + claim.id()).with(user(as("reviewer2"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/claims/" + claim.id()).with(user(as("reviewer2"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/claims/" + claim.id() + "/approve").with(user(as("reviewer2"))).with(csrf())
                        .contentType("application/json").content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/mutualaid/claims/" + claim.id()).with(user(as("reviewer"))).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deductible 1,000.00")))
                .andExpect(content().string(containsString("急性阑尾炎")));
    }

    @Test
    void theClaimsQueueAnswersTheSharedPageShapeAndKeepsNumber() throws Exception {
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(300));
        ClaimView claim = data.submitted(member, TestClaims.claim(plan, today.minusDays(10), 3, "3000.00", "0.00"));
        mvc.perform(get("/api/v1/claims").param("size", "5").with(user(as("reviewer"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content").isArray())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.number").value(0))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.totalElements").isNumber())
                .andExpect(jsonPath("$.totalPages").isNumber())
                .andExpect(jsonPath("$.list").doesNotExist());
        assertThat(claim.id()).isPositive();
    }

    @Test
    void employerAndAdminDoNotSeeTheDiagnosis() throws Exception {
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(300));
        ClaimView claim = data.submitted(member, TestClaims.claim(plan, today.minusDays(10), 3, "3000.00", "0.00"));
        mvc.perform(get("/api/v1/claims/" + claim.id()).with(user(as("admin")))).andExpect(status().isNotFound());
        mvc.perform(get("/mutualaid/claims/" + claim.id()).with(user(as("employer"))))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(not(containsString("急性阑尾炎"))));
    }

    @Test
    void claimsApiFilesSubmitsAndApprovesWithTheExplanation() throws Exception {
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(300));
        String body = """
                {"planId": %d, "admission": "%s", "discharge": "%s", "hospital": "西安市红会医院", "diagnosis": "骨折",
                 "invoiceTotal": 9000.00, "basicInsurancePaid": 3000.00, "selfPaid": 6000.00,
                 "invoiceNumbers": ["%s"]}""".formatted(plan.id(), today.minusDays(9), today.minusDays(4),
                TestClaims.invoice());
        String created = mvc.perform(post("/api/v1/claims").with(user(as(member.username()))).with(csrf())
                        .contentType("application/json").content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        mvc.perform(multipart("/api/v1/claims/" + id + "/documents").file(new MockMultipartFile("file", "invoice.pdf",
                        "application/pdf", TestClaims.PDF)).param("kind", "INVOICE")
                        .with(user(as(member.username()))).with(csrf()))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/claims/" + id + "/submit").with(user(as(member.username()))).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUBMITTED"));
        mvc.perform(post("/api/v1/claims/" + id + "/approve").with(user(as("reviewer"))).with(csrf())
                        .contentType("application/json").content("{}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPROVED"))
                .andExpect(jsonPath("$.approvedAmount").value(3000.00))
                .andExpect(jsonPath("$.explanation.lines[?(@.key == 'mutualaid.explain.rate')].args[0]").value("60"));
    }

    @Test
    void planPagesLetAnAdminCreateAPlanAndAddARuleVersion() throws Exception {
        String code = "P" + System.nanoTime() % 1_000_000_000L;
        mvc.perform(post("/mutualaid/plans/new").with(user(as("admin"))).with(csrf())
                        .param("code", code).param("name", "重疾互助 " + code).param("type", "CRITICAL_ILLNESS")
                        .param("termStart", "2026-01-01").param("termEnd", "2026-12-31")
                        .param("contribution", "80").param("waitingPeriodDays", "90")
                        .param("basis", "LUMP_SUM").param("counted", "INVOICE_TOTAL").param("deductible", "0")
                        .param("amount", "50000").param("annualCap", "150000").param("claimDeadlineDays", "730"))
                .andExpect(status().is3xxRedirection());
        PlanView plan = plans.findByCode(code).orElseThrow();
        assertThat(plan.rules()).singleElement().satisfies(r -> {
            assertThat(r.rule().basis()).isEqualTo(BenefitBasis.LUMP_SUM);
            assertThat(r.rule().amount()).isEqualByComparingTo("50000");
        });
        mvc.perform(post("/mutualaid/plans/" + plan.id() + "/rules").with(user(as("admin"))).with(csrf())
                        .param("validFrom", "2026-07-01").param("basis", "LUMP_SUM").param("counted", "INVOICE_TOTAL")
                        .param("deductible", "0").param("amount", "60000").param("claimDeadlineDays", "730"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.get(plan.id()).rules()).hasSize(2);
        mvc.perform(post("/mutualaid/plans/new").with(user(as("reviewer"))).with(csrf()).param("code", "X"))
                .andExpect(status().isForbidden());
    }

    @Test
    void statisticsPageAnswersWhoClaimedMostAndHowManyReceivedOverTheThreshold() throws Exception {
        PlanView plan = data.plan(0, new BenefitRule(BenefitBasis.RATE, CountedAmounts.INVOICE_TOTAL,
                BigDecimal.ZERO, new BigDecimal("100"), null, null, null, null, 365));
        TestClaims.Member frequent = data.member(plan, today.minusDays(300));
        TestClaims.Member big = data.member(plan, today.minusDays(300));
        for (int i = 0; i < 3; i++) {
            ClaimView c = data.submitted(frequent, TestClaims.claim(plan, today.minusDays(60 - i * 10), 2, "1000.00",
                    "0.00"));
            people.as("reviewer", () -> claims.approve(c.id(), null, null));
        }
        ClaimView large = data.submitted(big, TestClaims.claim(plan, today.minusDays(30), 5, "12000.00", "0.00"));
        people.as("reviewer", () -> claims.approve(large.id(), null, null));
        String frequentName = jdbc.queryForObject("select name from worker where id = ?", String.class,
                frequent.workerId());
        mvc.perform(get("/mutualaid/statistics").param("planId", String.valueOf(plan.id()))
                        .with(user(as("reviewer"))).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"stats-over\">1<")))
                .andExpect(content().string(containsString("id=\"stats-members\">2<")))
                .andExpect(content().string(containsString(frequentName)))
                .andExpect(content().string(containsString("claims-chart")));
        StatisticsView stats = people.as("reviewer", () -> statistics.of(plan.id(), null, null));
        assertThat(stats.topClaimants().get(0).workerId()).isEqualTo(frequent.workerId());
        assertThat(stats.topClaimants().get(0).claims()).isEqualTo(3);
        assertThat(stats.membersOverThreshold()).isEqualTo(1);
        assertThat(stats.largestBenefit()).isEqualByComparingTo("12000.00");
        byte[] export = mvc.perform(get("/mutualaid/statistics/export.xlsx").param("planId", String.valueOf(plan.id()))
                        .with(user(as("reviewer"))).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            // figures are number cells (sums work in Excel), not text like '1,200.00'
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            org.apache.poi.ss.usermodel.Cell members = sheet.getRow(1).getCell(1);
            assertThat(members.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(members.getNumericCellValue()).isEqualTo(2);
            assertThat(members.getCellStyle().getDataFormatString()).isEqualTo("0");
            org.apache.poi.ss.usermodel.Cell largest = null;
            org.apache.poi.ss.usermodel.Cell topClaims = null;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Largest benefit")) {
                    largest = row.getCell(1);
                }
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(frequentName)) {
                    topClaims = row.getCell(2);
                }
            }
            assertThat(largest).isNotNull();
            assertThat(largest.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(largest.getNumericCellValue()).isEqualTo(12000.00);
            assertThat(largest.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(topClaims).isNotNull();
            assertThat(topClaims.getNumericCellValue()).isEqualTo(3);
        }
        mvc.perform(get("/mutualaid/statistics").with(user(as("employer")))).andExpect(status().isForbidden());
    }

    @Test
    void enrolmentApiRejectsAWholeListWithItsProblemsAndTheApiIsDocumented() throws Exception {
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        String csv = "name,national id,phone,plan\n"
                + "张三," + TestPeople.freshNationalId() + ",13900000001," + plan.code() + "\n"
                + "," + TestPeople.freshNationalId() + ",13900000002," + plan.code() + "\n";
        mvc.perform(multipart("/api/v1/enrolments/import")
                        .file(new MockMultipartFile("file", "staff.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(user(as("employer"))).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("enrolment.list.rejected"))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].code").value("enrolment.name.required"))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        assertThat(enrolmentsOf(plan)).isZero();
        mvc.perform(post("/api/v1/enrolments").with(user(as("employer"))).with(csrf()).contentType("application/json")
                        .content("{\"name\": \"李四\", \"nationalId\": \"" + TestPeople.freshNationalId()
                                + "\", \"phone\": null, \"planCode\": \"" + plan.code() + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.coverageStart").isEmpty());
        long submitted = jdbc.queryForObject("select max(id) from mutualaid_enrolment where plan_id = ?", Long.class,
                plan.id());
        mvc.perform(get("/api/v1/enrolments/pending").with(user(as("caseworker"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + submitted + ")]").exists());
        mvc.perform(post("/api/v1/enrolments/confirm").with(user(as("caseworker2"))).with(csrf())
                        .contentType("application/json").content("{\"ids\": [" + submitted + "]}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/enrolments/confirm").with(user(as("caseworker"))).with(csrf())
                        .contentType("application/json").content("{\"ids\": [" + submitted + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("CONFIRMED"))
                .andExpect(jsonPath("$[0].coverageStart").value(today.plusDays(1).toString()));
        mvc.perform(post("/api/v1/enrolments/confirm").with(user(as("caseworker"))).with(csrf())
                        .contentType("application/json").content("{\"ids\": [" + submitted + "]}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("enrolment.notSubmitted"));
        mvc.perform(get("/api/v1/plans/" + plan.id()).with(user(as("employer"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rules[0].rule.basis").value("RATE"));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/claims/{id}/approve")))
                .andExpect(content().string(containsString("/api/v1/enrolments/import")))
                .andExpect(content().string(containsString("/api/v1/plans/{id}/rules")));
    }

    @Test
    void caseworkerFilesOnAMembersBehalfAndBothAreNotifiedOfTheQuestion() throws Exception {
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(300));
        mvc.perform(post("/mutualaid/claims/new").with(user(as("caseworker"))).with(csrf())
                        .param("planId", String.valueOf(plan.id())).param("workerId", String.valueOf(member.workerId()))
                        .param("admission", today.minusDays(8).toString()).param("discharge", today.minusDays(5).toString())
                        .param("hospital", "西安市第九医院").param("diagnosis", "肺炎").param("invoiceTotal", "3000")
                        .param("basicInsurancePaid", "1000").param("selfPaid", "2000").param("invoiceNumbers", "A1, A2"))
                .andExpect(status().is3xxRedirection());
        long claimId = jdbc.queryForObject("select id from mutualaid_claim where worker_id = ?", Long.class,
                member.workerId());
        people.as("caseworker", () -> claims.attach(claimId, org.unionaid.documents.DocumentKind.INVOICE, "i.pdf",
                TestClaims.PDF));
        people.as("caseworker", () -> claims.submit(claimId));
        people.as("reviewer", () -> claims.requestMoreInfo(claimId, "请补充费用清单"));
        assertThat(jdbc.queryForList("select u.username from notification n join user_account u on u.id = "
                + "n.recipient_user_id where n.kind = 'CLAIM_MORE_INFO' and n.link = ?", String.class,
                "/mutualaid/claims/" + claimId)).containsExactlyInAnyOrder(member.username(), "caseworker");
        assertThat(people.as("reviewer", () -> claimQueries.get(claimId)).invoiceNumbers()).containsExactly("A1", "A2");
        mvc.perform(get("/mutualaid/claims/" + claimId).with(user(as("caseworker2")))).andExpect(status().isNotFound());
    }

    @Test
    void anEmptyClaimDocumentIsRefusedOnItsInputWithTheFormKeptAndNothingFiledOrStored() throws Exception {
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(300));
        int before = jdbc.queryForObject("select count(*) from document", Integer.class);
        mvc.perform(multipart("/mutualaid/claims/new")
                        .file(new MockMultipartFile("diagnosisFile", "photo.jpg", "image/jpeg", new byte[0]))
                        .with(user(as("caseworker"))).with(csrf()).header("Accept-Language", "en")
                        .param("planId", String.valueOf(plan.id())).param("workerId", String.valueOf(member.workerId()))
                        .param("admission", today.minusDays(8).toString()).param("discharge", today.minusDays(5).toString())
                        .param("hospital", "西安市第九医院空文件").param("diagnosis", "肺炎").param("invoiceTotal", "3000")
                        .param("basicInsurancePaid", "1000").param("selfPaid", "2000").param("invoiceNumbers", "A1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"diagnosisFile-error\"")))
                .andExpect(content().string(containsString("The file photo.jpg is empty.")))
                .andExpect(content().string(containsString("西安市第九医院空文件")));
        assertThat(jdbc.queryForObject("select count(*) from mutualaid_claim where worker_id = ?", Integer.class,
                member.workerId())).isZero();

        // on the claim's page: the upload is refused with the message, nothing stored
        mvc.perform(multipart("/mutualaid/claims/new")
                        .file(new MockMultipartFile("diagnosisFile", "", "application/octet-stream", new byte[0]))
                        .with(user(as("caseworker"))).with(csrf())
                        .param("planId", String.valueOf(plan.id())).param("workerId", String.valueOf(member.workerId()))
                        .param("admission", today.minusDays(8).toString()).param("discharge", today.minusDays(5).toString())
                        .param("hospital", "西安市第九医院").param("diagnosis", "肺炎").param("invoiceTotal", "3000")
                        .param("basicInsurancePaid", "1000").param("selfPaid", "2000").param("invoiceNumbers", "A1"))
                .andExpect(status().is3xxRedirection());
        long claimId = jdbc.queryForObject("select id from mutualaid_claim where worker_id = ?", Long.class,
                member.workerId());
        mvc.perform(multipart("/mutualaid/claims/" + claimId + "/documents")
                        .file(new MockMultipartFile("file", "invoice.pdf", "application/pdf", new byte[0]))
                        .param("kind", "INVOICE").with(user(as("caseworker"))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getFlashMap().get("failure")).isEqualTo("document.empty"));
        assertThat(jdbc.queryForObject("select count(*) from document", Integer.class)).isEqualTo(before);
    }

    @Autowired
    MutualAidStatistics statistics;
}
