package org.unionaid.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.support.IntegrationTestSupport;

class HardshipFilePagesIntegrationTests extends IntegrationTestSupport {

    @Autowired
    HardshipFiles files;

    @Autowired
    People people;

    @Autowired
    org.unionaid.people.Households households;

    @Autowired
    UserDetailsService users;

    TestFiles test;

    @BeforeEach
    void setUp() {
        test = new TestFiles(new TestPeople(people, users, jdbc), people, households, files, jdbc);
    }

    private UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }

    @Test
    void theFilingPageShowsIncomeStandardAndSuggestionThenOpensTheFile() throws Exception {
        long worker = test.worker("caseworker", "SN-XA-YT", "6000.00");
        mvc.perform(get("/hardship/files/new").param("workerId", String.valueOf(worker))
                        .with(user(as("caseworker"))).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("500.00")))
                .andExpect(content().string(containsString("870.00 yuan per person and month")))
                .andExpect(content().string(containsString("data-category=\"DEEP\"")))
                .andExpect(content().string(containsString("is below 870.00 yuan")));
        mvc.perform(post("/hardship/files/new").with(user(as("caseworker"))).with(csrf())
                        .param("workerId", String.valueOf(worker)).param("category", "DEEP")
                        .param("level", "CITY").param("primaryCause", "ILLNESS"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/hardship/files/*"));
        assertThat(jdbc.queryForObject("select state from hardship_file where primary_worker_id = ?", String.class,
                worker)).isEqualTo("DRAFT");
    }

    @Test
    void anotherCategoryWithoutAReasonIsShownAsAnErrorWithTheInputKept() throws Exception {
        long worker = test.worker("caseworker", "SN-XA-YT", "6000.00");
        mvc.perform(post("/hardship/files/new").with(user(as("caseworker"))).with(csrf())
                        .header("Accept-Language", "en")
                        .param("workerId", String.valueOf(worker)).param("category", "RELATIVE")
                        .param("level", "PROVINCIAL").param("primaryCause", "DISASTER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("give a reason")))
                .andExpect(content().string(containsString("value=\"PROVINCIAL\" selected")));
    }

    @Test
    void inADemoTheCaseworkerEndsTheNoticeTodayAndTheFileIsActiveWithTheShortcutAudited() throws Exception {
        long id = test.open("caseworker", "SN-XA-YT").id();
        test.people.as("caseworker", () -> files.submitForReview(id));
        test.people.as("caseworker", () -> files.startPublicNotice(id));
        mvc.perform(get("/hardship/files/{id}", id).with(user(as("caseworker"))).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("演示：今日结束公示并生效")));
        // readers do not get the button, nor the action
        mvc.perform(get("/hardship/files/{id}", id).with(user(as("auditor"))).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(not(containsString("id=\"action-end-notice-now\""))));
        mvc.perform(post("/hardship/files/{id}/end-notice-now", id).with(user(as("auditor"))).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(test.state(id)).isEqualTo("PUBLIC_NOTICE");

        mvc.perform(post("/hardship/files/{id}/end-notice-now", id).with(user(as("caseworker"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(test.state(id)).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForMap("select actor, reason, after_value ->> 'noticeEndsOn' as ends from audit_event "
                + "where entity_type = 'HardshipFile' and entity_id = ? and action = 'END_NOTICE_EARLY'",
                String.valueOf(id)))
                .containsEntry("actor", "caseworker")
                .containsEntry("ends", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
        mvc.perform(get("/hardship/files/{id}", id).with(user(as("caseworker"))).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(not(containsString("id=\"action-end-notice-now\""))));
    }

    @Test
    void theDemoNoticeShortcutIsOffByDefaultAndInProduction() {
        for (String file : List.of("application.yml", "application-prod.yml")) {
            var yaml = new org.springframework.beans.factory.config.YamlPropertiesFactoryBean();
            yaml.setResources(new org.springframework.core.io.ClassPathResource(file));
            assertThat(yaml.getObject().getProperty("unionaid.hardship.demo-end-notice")).as(file).isEqualTo("false");
        }
        var dev = new org.springframework.beans.factory.config.YamlPropertiesFactoryBean();
        dev.setResources(new org.springframework.core.io.ClassPathResource("application-dev.yml"));
        assertThat(dev.getObject().getProperty("unionaid.hardship.demo-end-notice")).isEqualTo("true");
    }

    @Test
    void anIllegalTransitionIsExplainedInTheUsersLanguage() throws Exception {
        long id = test.open("caseworker", "SN-XA-YT").id();
        mvc.perform(post("/hardship/files/{id}/exit", id).with(user(as("caseworker"))).with(csrf())
                        .header("Accept-Language", "en").param("reason", "done"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A file in state &quot;Draft&quot; cannot exit.")));
        mvc.perform(post("/hardship/files/{id}/submit", id).with(user(as("caseworker"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(test.state(id)).isEqualTo("IN_REVIEW");
    }

    @Test
    void aCaseworkerOfAnotherCityGets404OnThePageAndTheApi() throws Exception {
        long id = test.open("caseworker", "SN-XA-YT").id();
        mvc.perform(get("/hardship/files/{id}", id).with(user(as("caseworker2")))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/hardship-files/{id}", id).with(user(as("caseworker2"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/hardship-files/{id}/submit-for-review", id).with(user(as("caseworker2")))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/hardship/files/{id}", id).with(user(as("caseworker")))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/hardship-files/{id}", id).with(user(as("caseworker"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("DRAFT"));
        mvc.perform(get("/hardship/files").with(user(as("caseworker2"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("file-row-" + id + "\""))));
        mvc.perform(get("/api/v1/hardship-files").param("size", "100").with(user(as("caseworker2"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("\"id\":" + id + ","))));
    }

    @Test
    void theApiRefusesAnIllegalTransitionWith422() throws Exception {
        long id = test.open("caseworker", "SN-XA-YT").id();
        mvc.perform(post("/api/v1/hardship-files/{id}/close", id).with(user(as("caseworker"))).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("hardshipFile.transition.illegal"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("A file in state")));
    }

    @Test
    void theExportHoldsExactlyTheRowsOfTheFilter() throws Exception {
        long a = test.open("caseworker", "SN-XA-YT").id();
        long b = test.open("caseworker", "SN-XA-YT").id();
        test.open("caseworker2", "SN-BJ-WB");
        test.people.as("caseworker", () -> files.submitForReview(a));
        long yanta = test.people.branch("SN-XA-YT");
        // the list of this filter, as the page shows it (all pages)
        List<String> shown = test.people.as("caseworker", () -> files.search(new HardshipFileFilter(
                HardshipFileState.DRAFT, HardshipCategory.DEEP, null, HardshipFileCause.ILLNESS, null, yanta),
                PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "filedOn")))).getContent().stream()
                .map(HardshipFileSummary::fileNumber).toList();
        byte[] xlsx = mvc.perform(get("/hardship/files/export.xlsx").with(user(as("caseworker")))
                        .param("state", "DRAFT").param("category", "DEEP").param("primaryCause", "ILLNESS")
                        .param("branchId", String.valueOf(yanta)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> exported = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    exported.add(row.getCell(0).getStringCellValue());
                    assertThat(row.getCell(6).getStringCellValue()).isIn("Draft", "草稿");
                }
            }
        }
        assertThat(exported).isEqualTo(shown);
        String numberB = jdbc.queryForObject("select file_number from hardship_file where id = ?", String.class, b);
        String numberA = jdbc.queryForObject("select file_number from hardship_file where id = ?", String.class, a);
        assertThat(exported).contains(numberB).doesNotContain(numberA);
        assertThat(exported).allSatisfy(n -> assertThat(n).startsWith("SN-XA-YT"));
    }

    @Test
    void theExportOfAnotherCitysCaseworkerHoldsNoneOfXian() throws Exception {
        String number = test.open("caseworker", "SN-XA-YT").fileNumber();
        byte[] xlsx = mvc.perform(get("/hardship/files/export.xlsx").with(user(as("caseworker2"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isGreaterThan(0);
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(0).getStringCellValue()).startsWith("SN-BJ").isNotEqualTo(number);
                }
            }
        }
    }

    @Test
    void theListSortsInTheDatabaseAndKeepsTheFilterInItsLinks() throws Exception {
        test.open("caseworker", "SN-XA-YT");
        List<String> ascending = test.people.as("caseworker", () -> files.search(HardshipFileFilter.none(),
                PageRequest.of(0, 100, Sort.by(Sort.Direction.ASC, "fileNumber")))).getContent().stream()
                .map(HardshipFileSummary::fileNumber).toList();
        assertThat(ascending).isSorted();
        mvc.perform(get("/hardship/files").param("state", "DRAFT").param("sort", "fileNumber,asc")
                        .with(user(as("caseworker"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("state=DRAFT")))
                .andExpect(content().string(containsString("sort=fileNumber,desc")));
    }

    @Test
    void theFilingPageExplainsAMissingHouseholdIncome() throws Exception {
        long worker = test.people.register("caseworker", TestPeople.freshName("无收入"), "SN-XA-YT").id();
        mvc.perform(get("/hardship/files/new").param("workerId", String.valueOf(worker))
                        .with(user(as("caseworker"))).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("annual income is not recorded")));
        mvc.perform(get("/hardship/files/new").param("workerId", String.valueOf(worker))
                        .with(user(as("caseworker2"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFiledWorkerSeesTheirOwnFileSummaryOnly() throws Exception {
        // the demo data give the demo worker (王秀兰) an active file
        mvc.perform(get("/me/file").with(user(as("worker"))).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"my-file-state\">Active<")))
                .andExpect(content().string(not(containsString("yuan"))))
                .andExpect(content().string(not(containsString("history"))));
        mvc.perform(get("/hardship/files").with(user(as("worker")))).andExpect(status().isForbidden());
    }
}
