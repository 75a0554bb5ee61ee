package org.unionaid.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.support.Today;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.payouts.Funding;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.support.IntegrationTestSupport;

class ProgrammePagesIntegrationTests extends IntegrationTestSupport {

    @Autowired
    People people;

    @Autowired
    org.unionaid.people.Households households;
    @Autowired
    UserDetailsService users;
    @Autowired
    HardshipFiles files;
    @Autowired
    Programmes programmes;
    @Autowired
    Applications applications;
    @Autowired
    Funding funding;

    TestProgrammes test;

    @BeforeEach
    void setUp() {
        test = new TestProgrammes(new TestPeople(people, users, jdbc), people, households, files, programmes, applications,
                funding, jdbc);
    }

    private UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }

    @Test
    void anAdminCreatesAProgrammeWithRulesQuestionsAndTiersOnTheForm() throws Exception {
        String name = TestPeople.freshName("表单项目");
        LocalDate today = Today.date();
        mvc.perform(get("/programmes/new").with(user(as("admin")))).andExpect(status().isOk());
        mvc.perform(post("/programmes/new").with(user(as("admin"))).with(csrf())
                        .param("name", name).param("kind", "STUDENT_AID")
                        .param("branchId", String.valueOf(test.people.branch("SN-XA")))
                        .param("periodStart", today.toString()).param("periodEnd", today.plusMonths(6).toString())
                        .param("applyFrom", today.toString()).param("applyTo", today.plusMonths(1).toString())
                        .param("whoMayApply", "BOTH").param("form", "CASH").param("perPersonLimit", "1")
                        .param("unionMember", "true").param("ageMin", "18").param("ageMax", "45")
                        .param("schoolStages", "UNIVERSITY")
                        .param("questions[0].text", "是否已获得其他助学资助?").param("questions[0].requiredAnswer", "false")
                        .param("tiers[0].household", "FILED").param("tiers[0].schoolStage", "UNIVERSITY")
                        .param("tiers[0].amount", "5000")
                        .param("tiers[1].household", "ANY").param("tiers[1].schoolStage", "")
                        .param("tiers[1].amount", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/programmes/*"));
        Long id = jdbc.queryForObject("select id from programme where name = ?", Long.class, name);
        assertThat(jdbc.queryForList("select type from programme_rule where programme_id = ? order by position",
                String.class, id)).containsExactly("AGE_RANGE", "UNION_MEMBER", "SCHOOL_STAGE");
        assertThat(jdbc.queryForObject("select count(*) from programme_tier where programme_id = ?", Integer.class,
                id)).isEqualTo(1);
        mvc.perform(get("/programmes/" + id).with(user(as("admin"))).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Eligibility rules (version 1)")))
                .andExpect(content().string(containsString("/payouts/funding?programme=" + id)));
    }

    @Test
    void aRefusedProgrammeKeepsTheFormAndSaysWhy() throws Exception {
        LocalDate today = Today.date();
        mvc.perform(post("/programmes/new").with(user(as("admin"))).with(csrf()).header("Accept-Language", "en")
                        .param("name", "不发现金的现金项目").param("kind", "OTHER")
                        .param("branchId", String.valueOf(test.people.branch("SN-XA")))
                        .param("periodStart", today.toString()).param("periodEnd", today.toString())
                        .param("applyFrom", today.toString()).param("applyTo", today.toString())
                        .param("whoMayApply", "BOTH").param("form", "CASH").param("noCash", "true")
                        .param("baseAmount", "420").param("perPersonLimit", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A no-cash programme must give its benefit in kind.")))
                .andExpect(content().string(containsString("不发现金的现金项目")));
    }

    @Test
    void onlyAnAdminMayOpenTheProgrammeForm() throws Exception {
        mvc.perform(get("/programmes/new").with(user(as("caseworker")))).andExpect(status().isForbidden());
    }

    @Test
    void aWrongFileIsRefusedWithAMessageAndTheFormKeepsItsValues() throws Exception {
        ProgrammeView programme = test.create(TestProgrammes.cash("附件", List.of(), List.of(
                new ProgrammeQuestion("是否独居?", true)), List.of(), "800.00"));
        long worker = test.worker(62);
        MockMultipartFile exe = new MockMultipartFile("documents", "letter.pdf", "application/pdf",
                "MZ\u0090\u0000 not a pdf".getBytes());
        mvc.perform(multipart("/programmes/" + programme.id() + "/nominate").file(exe).with(user(as("caseworker")))
                        .with(csrf()).header("Accept-Language", "en")
                        .param("workerId", String.valueOf(worker)).param("answers[0]", "true")
                        .param("statement", "老伴去世后独居").param("documentKind", "OTHER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-errors\"")))
                .andExpect(content().string(containsString("老伴去世后独居")))
                .andExpect(content().string(containsString("id=\"answers0_yes\" checked")));
        assertThat(jdbc.queryForObject("select count(*) from programme_application where programme_id = ?",
                Integer.class, programme.id())).isZero();
    }

    @Test
    void theExportHoldsExactlyTheFilteredApplications() throws Exception {
        ProgrammeView programme = test.create(TestProgrammes.cash("导出", List.of(EligibilityRule.range(
                RuleType.AGE_RANGE, 18, 45)), List.of(), List.of(), "500.00"));
        ApplicationView eligible = test.nominate(programme.id(), test.worker(30), null, List.of());
        ApplicationView ineligible = test.nominate(programme.id(), test.worker(50), null, List.of());

        byte[] xlsx = mvc.perform(get("/applications/export.xlsx").with(user(as("caseworker")))
                        .param("programmeId", String.valueOf(programme.id())).param("eligible", "false"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        List<String> references = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    references.add(row.getCell(0).getStringCellValue());
                }
            }
        }
        assertThat(references).containsExactly(ineligible.reference());
        mvc.perform(get("/applications").with(user(as("caseworker")))
                        .param("programmeId", String.valueOf(programme.id())).param("eligible", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(eligible.reference())));
    }

    @Test
    void theWorkerSeesTheProgrammesOpenToThemAndTheProgrammesListShowsBudgetUse() throws Exception {
        ProgrammeView programme = test.create(TestProgrammes.cash("公开", List.of(), List.of(), List.of(), "100.00"));
        test.fund(programme.id(), "1000.00");
        mvc.perform(get("/me/applications").with(user(as("worker"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(programme.name())));
        mvc.perform(get("/programmes").with(user(as("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(programme.name())))
                .andExpect(content().string(containsString("1,000.00")));
        mvc.perform(get("/programmes/" + programme.id()).with(user(as("worker"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"programme-apply\"")));
    }

    @Test
    void aCaseworkerFindsAWorkerOfTheirBranchesToNominate() throws Exception {
        ProgrammeView programme = test.create(TestProgrammes.cash("推荐", List.of(), List.of(), List.of(), "100.00"));
        long worker = test.worker(35);
        String name = jdbc.queryForObject("select name from worker where id = ?", String.class, worker);

        mvc.perform(get("/programmes/" + programme.id() + "/nominate").param("q", name).with(user(as("caseworker"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("workerId=" + worker)));
        mvc.perform(get("/programmes/" + programme.id() + "/nominate").param("q", name).with(user(as("caseworker2"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programmes/" + programme.id() + "/nominate").param("workerId", String.valueOf(worker))
                        .with(user(as("caseworker"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"application-form\"")));
    }

    @Test
    void anEmptyDocumentIsRefusedOnItsInputWithTheFormKeptAndNothingStored() throws Exception {
        ProgrammeView programme = test.create(TestProgrammes.cash("空附件", List.of(), List.of(
                new ProgrammeQuestion("是否独居?", true)), List.of(), "800.00"));
        long worker = test.worker(62);
        int before = jdbc.queryForObject("select count(*) from document", Integer.class);
        mvc.perform(multipart("/programmes/" + programme.id() + "/nominate")
                        .file(new MockMultipartFile("documents", "photo.jpg", "image/jpeg", new byte[0]))
                        .with(user(as("caseworker"))).with(csrf()).header("Accept-Language", "en")
                        .param("workerId", String.valueOf(worker)).param("answers[0]", "true")
                        .param("statement", "老伴去世后独居，附件为空").param("documentKind", "OTHER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"documents-error\"")))
                .andExpect(content().string(containsString("The file photo.jpg is empty.")))
                .andExpect(content().string(containsString("老伴去世后独居，附件为空")));
        assertThat(jdbc.queryForObject("select count(*) from programme_application where programme_id = ?",
                Integer.class, programme.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from document", Integer.class)).isEqualTo(before);
    }
}
