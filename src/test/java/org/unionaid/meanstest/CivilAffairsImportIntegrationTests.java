package org.unionaid.meanstest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.hardship.CrossCheckResult;
import org.unionaid.hardship.FileReviewTasks;
import org.unionaid.hardship.HardshipFileNotFoundException;
import org.unionaid.hardship.HardshipFileState;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.hardship.ReviewOutcome;
import org.unionaid.hardship.ReviewTaskView;
import org.unionaid.hardship.Reviews;
import org.unionaid.people.Households;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.RecordNotFoundException;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.Today;

class CivilAffairsImportIntegrationTests extends IntegrationTestSupport {

    @Autowired
    People people;
    @Autowired
    Households households;
    @Autowired
    HardshipFiles files;
    @Autowired
    UserDetailsService users;
    @Autowired
    CivilAffairsImports imports;
    @Autowired
    FileReviewTasks tasks;
    @Autowired
    Reviews reviews;
    @Autowired
    FilesToReverify reverify;
    @Autowired
    org.unionaid.hardship.CivilAffairsCrossCheck crossCheck;

    TestHouseholds test;

    @BeforeEach
    void setUp() {
        test = new TestHouseholds(new TestPeople(people, users, jdbc), people, households, files, jdbc);
    }

    private <T> T as(String user, java.util.function.Supplier<T> action) {
        return test.people.as(user, action);
    }

    private int importCount() {
        Integer n = jdbc.queryForObject("select count(*) from civil_affairs_import", Integer.class);
        return n == null ? 0 : n;
    }

    private static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static final String HEADER = "身份证号,类别,金额,说明,日期";

    @Test
    void oneBadRowStoresNothingAndTheRowErrorsAreShownInTheUsersLanguage() throws Exception {
        String good = TestHouseholds.nationalId();
        int before = importCount();
        byte[] file = csv(HEADER, good + ",低保,650,,2025-01-05", TestHouseholds.nationalId() + ",游艇,,豪华游艇,2025-01-05",
                good + ",VEHICLE,,,not-a-date");
        CivilAffairsImports.Outcome outcome = as("caseworker", () -> imports.importFile(file, "list.csv"));
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.problems()).extracting(p -> p.row() + ":" + p.messageKey()).contains(
                "3:civilAffairs.error.kind", "4:civilAffairs.error.amountOrDescription", "4:civilAffairs.error.date");
        assertThat(importCount()).isEqualTo(before);

        mvc.perform(multipart("/means-test/imports").file(new MockMultipartFile("file", "list.csv", "text/csv", file))
                        .with(user(users.loadUserByUsername("caseworker"))).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was imported from list.csv: 3 problem(s)")))
                .andExpect(content().string(containsString("Unknown kind &quot;游艇&quot;")))
                .andExpect(content().string(containsString("is not a date")));
        mvc.perform(multipart("/means-test/imports").file(new MockMultipartFile("file", "list.csv", "text/csv", file))
                        .with(user(users.loadUserByUsername("caseworker"))).with(csrf())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("list.csv 未导入：共 3 处问题")))
                .andExpect(content().string(containsString("不是日期")));
        assertThat(importCount()).isEqualTo(before);
    }

    @Test
    void anXlsxListIsMatchedByTheIdHashAndAnUnknownIdIsNotMatchedNorAnError() throws Exception {
        String id = TestHouseholds.nationalId();
        long worker = test.worker("caseworker", id, "SN-XA-YT");
        long file = test.file("caseworker", worker, HardshipFileState.ACTIVE);
        String unknown = TestHouseholds.nationalId();
        byte[] xlsx = Spreadsheets.write("民政", List.of("身份证号", "类别", "金额", "说明", "日期"), List.of(
                List.of(id, "MINIMUM_LIVING", new java.math.BigDecimal("650"), "城市低保",
                        java.time.LocalDate.of(2025, 1, 5)),
                List.of(unknown, "特困", "", "农村特困供养", "2/1/25")));
        CivilAffairsImports.Outcome outcome = as("caseworker", () -> imports.importFile(xlsx, "list.xlsx"));
        assertThat(outcome.problems()).isEmpty();
        long importId = outcome.importId();

        ImportDetail detail = as("caseworker", () -> imports.get(importId));
        assertThat(detail.summary().rowCount()).isEqualTo(2);
        assertThat(detail.summary().matchedCount()).isEqualTo(1);
        assertThat(detail.rows()).extracting(ImportDetail.Row::fileId).containsExactly(file, null);
        // number and date cells are read as Excel shows them
        assertThat(detail.rows().get(0).amount()).isEqualByComparingTo("650.00");
        assertThat(detail.rows().get(0).recordedOn()).isEqualTo(java.time.LocalDate.of(2025, 1, 5));
        // Excel's default date format, as POI shows a date cell (month/day/two-digit year)
        assertThat(detail.rows().get(1).recordedOn()).isEqualTo(java.time.LocalDate.of(2025, 2, 1));
        assertThat(detail.files()).singleElement().satisfies(v -> {
            assertThat(v.verdict()).isEqualTo(Verdict.CONSISTENT);
            assertThat(v.supporting()).isEqualTo(1);
        });
        // the national ID is never stored, only its keyed hash
        List<String> stored = jdbc.queryForList("select id_hash || coalesce(description, '') from civil_affairs_record "
                + "where import_id = ?", String.class, importId);
        assertThat(stored).hasSize(2).noneMatch(s -> s.contains(id) || s.contains(unknown));
        assertThat(jdbc.queryForObject("select count(*) from civil_affairs_record r join worker w "
                + "on w.national_id_hash = r.id_hash where r.import_id = ?", Integer.class, importId)).isEqualTo(1);
        // being on the minimum-living roll supports the filing: no review task
        assertThat(test.tasks(file, "CIVIL_AFFAIRS_MISMATCH")).isZero();

        mvc.perform(get("/means-test/imports/{id}", importId).with(user(users.loadUserByUsername("caseworker")))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not matched")))
                .andExpect(content().string(containsString("data-verdict=\"CONSISTENT\"")))
                .andExpect(content().string(not(containsString(unknown))));
        mvc.perform(get("/hardship/files/{id}", file).with(user(users.loadUserByUsername("caseworker")))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Supporting evidence")))
                .andExpect(content().string(containsString("id=\"cross-check-verdict\">Consistent")));
    }

    @Test
    void contradictingMatchesRaiseAReviewTaskAndMakeTheFileNeedReview() throws Exception {
        String withCar = TestHouseholds.nationalId();
        String twoFlats = TestHouseholds.nationalId();
        String oneFlat = TestHouseholds.nationalId();
        long carFile = test.file("caseworker", test.worker("caseworker", withCar, "SN-XA-YT"), HardshipFileState.ACTIVE);
        long flatsFile = test.file("caseworker", test.worker("caseworker", twoFlats, "SN-XA-YT"),
                HardshipFileState.IN_REVIEW);
        long flatFile = test.file("caseworker", test.worker("caseworker", oneFlat, "SN-XA-YT"),
                HardshipFileState.ACTIVE);
        byte[] file = csv(HEADER, withCar + ",车辆,85000,大众轿车,2025-11-01",
                twoFlats + ",房产,,雁塔区住宅 89㎡,2025-03-01", twoFlats + ",房产,,长安区住宅 120㎡,2025-06-01",
                oneFlat + ",PROPERTY,,自住房,2024-01-01");
        long importId = as("caseworker", () -> imports.importFile(file, "assets.csv")).importId();

        assertThat(test.tasks(carFile, "CIVIL_AFFAIRS_MISMATCH")).isEqualTo(1);
        assertThat(test.tasks(flatsFile, "CIVIL_AFFAIRS_MISMATCH")).isEqualTo(2);
        // a file without a verification visit declared no assets: a single property contradicts it too
        assertThat(test.tasks(flatFile, "CIVIL_AFFAIRS_MISMATCH")).isEqualTo(1);
        CrossCheckResult car = as("caseworker", () -> crossCheck.of(carFile));
        assertThat(car.verdict()).isEqualTo("NEEDS_REVIEW");
        assertThat(car.matches()).singleElement().satisfies(m -> assertThat(m.contradicts()).isTrue());
        ReviewTaskView task = as("caseworker", () -> tasks.openOf(carFile)).get(0);
        assertThat(task.detail()).contains("VEHICLE", "85,000.00", "大众轿车");
        assertThat(as("caseworker", () -> imports.get(importId)).files()).extracting(ImportDetail.FileVerdict::verdict)
                .containsOnly(Verdict.NEEDS_REVIEW);

        // the file page shows the task with its trigger; the caseworker resolves it with a note
        mvc.perform(get("/hardship/files/{id}", carFile).with(user(users.loadUserByUsername("caseworker")))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Civil-affairs record contradicts the filing")))
                .andExpect(content().string(containsString("id=\"cross-check-verdict\">Needs review")));
        mvc.perform(post("/hardship/files/{id}/review-tasks/{t}/resolve", carFile, task.id())
                        .with(user(users.loadUserByUsername("caseworker"))).with(csrf()).param("note", "车辆已于上月出售，见过户凭证"))
                .andExpect(status().is3xxRedirection());
        assertThat(as("caseworker", () -> tasks.openOf(carFile))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'FileReviewTask' "
                + "and entity_id = ? and action = 'RESOLVE'", Integer.class, String.valueOf(task.id()))).isEqualTo(1);
    }

    @Test
    void theAnnualReviewReRunsTheCheckAndListsTheFileToReVerify() throws Exception {
        String id = TestHouseholds.nationalId();
        long worker = test.worker("caseworker", id, "SN-XA-YT");
        // the list arrives before the household is filed: nothing is matched yet
        long importId = as("caseworker", () -> imports.importFile(csv(HEADER, id + ",工商登记,,个体餐馆（3 名雇员）,2025-09-01"),
                "business.csv")).importId();
        assertThat(as("caseworker", () -> imports.get(importId)).rows()).extracting(ImportDetail.Row::matched)
                .containsExactly(false);
        long file = test.file("caseworker", worker, HardshipFileState.ACTIVE);
        assertThat(as("caseworker", () -> crossCheck.of(file)).verdict()).isEqualTo("NEEDS_REVIEW");
        assertThat(test.tasks(file, "CIVIL_AFFAIRS_MISMATCH")).isZero();
        assertThat(as("caseworker", () -> reverify.list(PageRequest.of(0, 500))).getContent())
                .extracting(r -> r.file().id()).doesNotContain(file);
        // the review form shows today's verdict
        mvc.perform(get("/hardship/files/{id}", file).with(user(users.loadUserByUsername("caseworker")))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-verdict=\"NEEDS_REVIEW\"")))
                .andExpect(content().string(containsString("Civil-affairs cross-check today: Needs review (1 record(s))")));

        as("caseworker", () -> reviews.record(file, Today.date(), "年度复核：收入无变化", ReviewOutcome.CONTINUE, null));
        assertThat(test.tasks(file, "CIVIL_AFFAIRS_MISMATCH")).isEqualTo(1);
        assertThat(as("caseworker", () -> reverify.list(PageRequest.of(0, 500))).getContent())
                .filteredOn(r -> r.file().id() == file).singleElement()
                .satisfies(r -> {
                    assertThat(r.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
                    assertThat(r.openTasks()).isEqualTo(1);
                });
        // a second review raises no second task for the same record
        as("caseworker", () -> reviews.record(file, Today.date(), "再次复核", ReviewOutcome.CONTINUE, null));
        assertThat(test.tasks(file, "CIVIL_AFFAIRS_MISMATCH")).isEqualTo(1);
        // Weibin's caseworker does not see it
        assertThat(as("caseworker2", () -> reverify.list(PageRequest.of(0, 500))).getContent())
                .extracting(r -> r.file().id()).doesNotContain(file);
    }

    @Test
    void aMatchOnAFileInMonitoringRaisesARelapseTaskAndOnAnActiveOneOnlyIfItContradicts() {
        String monitored = TestHouseholds.nationalId();
        String active = TestHouseholds.nationalId();
        long monitoredFile = test.file("caseworker", test.worker("caseworker", monitored, "SN-XA-YT"),
                HardshipFileState.MONITORING);
        long activeFile = test.file("caseworker", test.worker("caseworker", active, "SN-XA-YT"),
                HardshipFileState.ACTIVE);
        as("caseworker", () -> imports.importFile(csv(HEADER, monitored + ",低保,700,,2025-01-01",
                active + ",低保,700,,2025-01-01"), "roll.csv"));
        assertThat(test.tasks(monitoredFile, "RELAPSE_CIVIL_AFFAIRS")).isEqualTo(1);
        assertThat(test.tasks(activeFile, "RELAPSE_CIVIL_AFFAIRS")).isZero();
        assertThat(test.tasks(activeFile, "CIVIL_AFFAIRS_MISMATCH")).isZero();
        assertThat(as("caseworker", () -> tasks.openOf(monitoredFile))).singleElement()
                .satisfies(t -> assertThat(t.detail()).contains("MINIMUM_LIVING", "700.00"));
    }

    @Test
    void anotherBranchCannotSeeTheImportOrTheTasksAndAWorkerCannotReachThePages() throws Exception {
        String id = TestHouseholds.nationalId();
        long file = test.file("caseworker", test.worker("caseworker", id, "SN-XA-YT"), HardshipFileState.ACTIVE);
        long importId = as("caseworker", () -> imports.importFile(csv(HEADER, id + ",车辆,30000,二手车,2025-01-01"),
                "yanta.csv")).importId();
        long taskId = as("caseworker", () -> tasks.openOf(file)).get(0).id();

        assertThatThrownBy(() -> as("caseworker2", () -> imports.get(importId)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(as("caseworker2", () -> imports.list(PageRequest.of(0, 500))).getContent())
                .extracting(ImportSummary::id).doesNotContain(importId);
        assertThatThrownBy(() -> as("caseworker2", () -> tasks.ofFile(file)))
                .isInstanceOf(HardshipFileNotFoundException.class);
        assertThatThrownBy(() -> as("caseworker2", () -> tasks.resolve(taskId, "越权")))
                .isInstanceOf(HardshipFileNotFoundException.class);
        assertThat(as("auditor", () -> imports.get(importId)).rows()).hasSize(1);

        var other = user(users.loadUserByUsername("caseworker2"));
        mvc.perform(get("/means-test/imports/{id}", importId).with(other)).andExpect(status().isNotFound());
        mvc.perform(get("/means-test/imports").with(other)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("civil-affairs-import-" + importId + "\""))));
        mvc.perform(post("/hardship/files/{id}/review-tasks/{t}/resolve", file, taskId).with(other).with(csrf())
                .param("note", "越权")).andExpect(status().isNotFound());
        assertThat(test.tasks(file, "CIVIL_AFFAIRS_MISMATCH")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select state from file_review_task where id = ?", String.class, taskId))
                .isEqualTo("OPEN");
        var worker = user(users.loadUserByUsername("worker"));
        for (String path : List.of("/means-test/imports", "/means-test/imports/" + importId, "/means-test/reverify",
                "/means-test/imports/template.xlsx")) {
            mvc.perform(get(path).with(worker)).andExpect(status().isForbidden());
        }
        mvc.perform(multipart("/means-test/imports").file(new MockMultipartFile("file", "x.csv", "text/csv",
                csv(HEADER, id + ",车辆,1,,2025-01-01"))).with(user(users.loadUserByUsername("auditor"))).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDemoListShowsASupportingAndAContradictingMatchAndARowOfNobody() {
        long demo = jdbc.queryForObject("select min(id) from civil_affairs_import where file_name = '民政核对-示例.csv'",
                Long.class);
        ImportDetail detail = as("caseworker", () -> imports.get(demo));
        assertThat(detail.rows()).extracting(ImportDetail.Row::kind).containsExactly(CivilAffairsKind.MINIMUM_LIVING,
                CivilAffairsKind.VEHICLE, CivilAffairsKind.PROPERTY);
        assertThat(detail.rows()).extracting(ImportDetail.Row::matched).containsExactly(true, true, false);
        assertThat(detail.files()).extracting(ImportDetail.FileVerdict::verdict)
                .containsExactlyInAnyOrder(Verdict.CONSISTENT, Verdict.NEEDS_REVIEW);
        long withCar = detail.rows().get(1).fileId();
        assertThat(test.tasks(withCar, "CIVIL_AFFAIRS_MISMATCH")).isEqualTo(1);
    }

    @Test
    void theTemplateHasTheHeadersInTheUsersLanguage() throws Exception {
        byte[] en = mvc.perform(get("/means-test/imports/template.xlsx").with(user(users.loadUserByUsername("caseworker")))
                .header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Spreadsheets.rows(en, 10).get(0)).containsExactly("National ID", "Kind", "Amount", "Description", "Date");
        byte[] zh = mvc.perform(get("/means-test/imports/template.xlsx").with(user(users.loadUserByUsername("caseworker")))
                .header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsByteArray();
        assertThat(Spreadsheets.rows(zh, 10).get(0)).containsExactly("身份证号", "类别", "金额", "说明", "日期");
    }
}
