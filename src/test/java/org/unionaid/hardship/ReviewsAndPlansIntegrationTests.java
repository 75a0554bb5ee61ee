package org.unionaid.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.support.Today;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.support.IntegrationTestSupport;

class ReviewsAndPlansIntegrationTests extends IntegrationTestSupport {

    @Autowired
    HardshipFiles files;

    @Autowired
    AssistancePlans plans;

    @Autowired
    Reviews reviews;

    @Autowired
    JointReviews jointReviews;

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

    private <T> T as(String user, java.util.function.Supplier<T> action) {
        return test.people.as(user, action);
    }

    private long activeFile(String caseworker, String branch, LocalDate reviewDue) {
        long id = test.open(caseworker, branch).id();
        test.force(id, HardshipFileState.ACTIVE);
        jdbc.update("update hardship_file set next_review_due = ? where id = ?", reviewDue, id);
        return id;
    }

    @Test
    void reviewsDueThisMonthAndOverdueAreListedWithinTheScope() {
        LocalDate today = Today.date();
        long dueSoon = activeFile("caseworker", "SN-XA-YT", today);
        long late = activeFile("caseworker", "SN-XA-YT", today.minusDays(40));
        long later = activeFile("caseworker", "SN-XA-YT", today.plusMonths(2));
        long baoji = activeFile("caseworker2", "SN-BJ-WB", today);
        List<Long> due = as("caseworker", () -> reviews.dueThisMonth(PageRequest.of(0, 100))).getContent().stream()
                .map(HardshipFileSummary::id).toList();
        List<Long> overdue = as("caseworker", () -> reviews.overdue(PageRequest.of(0, 100))).getContent().stream()
                .map(HardshipFileSummary::id).toList();
        assertThat(due).contains(dueSoon).doesNotContain(late, later, baoji);
        assertThat(overdue).contains(late).doesNotContain(dueSoon, later, baoji);
    }

    @Test
    void theDueListExportsExactlyItsRows() throws Exception {
        long dueSoon = activeFile("caseworker", "SN-XA-YT", Today.date());
        String number = jdbc.queryForObject("select file_number from hardship_file where id = ?", String.class, dueSoon);
        List<Long> shown = as("caseworker", () -> reviews.dueThisMonth(PageRequest.of(0, 10_000))).getContent()
                .stream().map(HardshipFileSummary::id).toList();
        byte[] sheet = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/hardship/reviews/due.xlsx")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(users.loadUserByUsername("caseworker"))))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = org.unionaid.shared.excel.Spreadsheets.read(sheet, 20_000);
        assertThat(rows).hasSize(shown.size() + 1);
        assertThat(rows).anySatisfy(r -> assertThat(r.get(0)).isEqualTo(number));
    }

    @Test
    void aContinueReviewSetsTheNextOneAYearLater() {
        long id = activeFile("caseworker", "SN-XA-YT", Today.date().minusDays(3));
        LocalDate on = Today.date().minusDays(1);
        as("caseworker", () -> reviews.record(id, on, "家庭情况无变化", ReviewOutcome.CONTINUE, null));
        assertThat(jdbc.queryForObject("select next_review_due from hardship_file where id = ?", LocalDate.class, id))
                .isEqualTo(on.plusYears(1));
        assertThat(as("caseworker", () -> reviews.ofFile(id))).singleElement()
                .extracting(ReviewView::outcome).isEqualTo(ReviewOutcome.CONTINUE);
    }

    @Test
    void aReviewChangesTheCategoryOrExitsTheFile() {
        long changed = activeFile("caseworker", "SN-XA-YT", Today.date());
        as("caseworker", () -> reviews.record(changed, Today.date(), "收入有所提高", ReviewOutcome.CHANGE_CATEGORY,
                HardshipCategory.RELATIVE));
        assertThat(as("caseworker", () -> files.get(changed)).category()).isEqualTo(HardshipCategory.RELATIVE);
        assertThatThrownBy(() -> as("caseworker", () -> reviews.record(changed, Today.date(), "x",
                ReviewOutcome.CHANGE_CATEGORY, null))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.code()).isEqualTo("review.newCategory.required"));

        long exited = activeFile("caseworker", "SN-XA-YT", Today.date());
        as("caseworker", () -> reviews.record(exited, Today.date(), "已稳定就业半年", ReviewOutcome.EXIT, null));
        HardshipFileView file = as("caseworker", () -> files.get(exited));
        assertThat(file.state()).isEqualTo(HardshipFileState.MONITORING);
        assertThat(file.exitReason()).isEqualTo("已稳定就业半年");
        assertThatThrownBy(() -> as("caseworker", () -> reviews.record(exited, Today.date(), "x",
                ReviewOutcome.CONTINUE, null))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.code()).isEqualTo("hardshipFile.review.notActive"));
    }

    @Test
    void overdueMeasuresAreListedWithinTheScope() {
        long id = activeFile("caseworker", "SN-XA-YT", Today.date().plusMonths(6));
        AssistanceMeasureView late = as("caseworker", () -> plans.add(id, AssistanceMeasureKind.MEDICAL,
                "申请大病医疗救助", "街道社工 李芳", Today.date().minusDays(5)));
        AssistanceMeasureView fine = as("caseworker", () -> plans.add(id, AssistanceMeasureKind.EMPLOYMENT,
                "推荐就业岗位", "张伟", Today.date().plusDays(5)));
        AssistanceMeasureView done = as("caseworker", () -> plans.add(id, AssistanceMeasureKind.LIVING,
                "发放生活补助", "张伟", Today.date().minusDays(5)));
        as("caseworker", () -> plans.update(id, done.id(), AssistanceMeasureStatus.DONE, done.dueOn(), "张伟"));
        List<Long> overdue = as("caseworker", () -> plans.overdue(PageRequest.of(0, 100))).getContent().stream()
                .map(AssistanceMeasureView::id).toList();
        assertThat(overdue).contains(late.id()).doesNotContain(fine.id(), done.id());
        assertThat(as("caseworker2", () -> plans.overdue(PageRequest.of(0, 100))).getContent())
                .extracting(AssistanceMeasureView::id).doesNotContain(late.id());
        assertThat(as("caseworker", () -> plans.ofFile(id))).filteredOn(AssistanceMeasureView::overdue)
                .extracting(AssistanceMeasureView::id).containsExactly(late.id());
    }

    @Test
    void aJointReviewIsShownOnEachFileItDiscussed() throws Exception {
        HardshipFileView a = test.open("caseworker", "SN-XA-YT");
        HardshipFileView b = test.open("caseworker", "SN-XA-YT");
        HardshipFileView baoji = test.open("caseworker2", "SN-BJ-WB");
        assertThatThrownBy(() -> as("caseworker", () -> jointReviews.record(Today.date(), "工会、民政", "张伟",
                "同意", List.of(a.fileNumber(), baoji.fileNumber())))).isInstanceOfSatisfying(
                BusinessRuleException.class, e -> assertThat(e.code()).isEqualTo("jointReview.file.unknown"));
        as("caseworker", () -> jointReviews.record(Today.date(), "工会、民政、人社、卫健（4+N）", "张伟、李娜",
                "同意纳入困难职工档案", List.of(a.fileNumber(), b.fileNumber())));
        assertThat(as("caseworker", () -> jointReviews.ofFile(b.id()))).singleElement()
                .satisfies(j -> assertThat(j.fileNumbers()).containsExactlyInAnyOrder(a.fileNumber(), b.fileNumber()));
        mvc.perform(get("/hardship/files/{id}", a.id()).with(user(users.loadUserByUsername("caseworker"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("同意纳入困难职工档案")));
        // the list of meetings: the caseworker's subtree only
        mvc.perform(get("/hardship/joint-reviews").with(user(users.loadUserByUsername("caseworker"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("同意纳入困难职工档案")))
                .andExpect(content().string(containsString("/hardship/files/" + a.id())));
        mvc.perform(get("/hardship/joint-reviews").with(user(users.loadUserByUsername("caseworker2"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("同意纳入困难职工档案"))));
    }

    @Test
    void savingAJointReviewReturnsToTheFileItWasRecordedFrom() throws Exception {
        HardshipFileView a = test.open("caseworker", "SN-XA-YT");
        HardshipFileView b = test.open("caseworker", "SN-XA-YT");
        var caseworker = users.loadUserByUsername("caseworker");
        mvc.perform(post("/hardship/joint-reviews").with(user(caseworker)).with(csrf())
                        .param("heldOn", Today.date().toString()).param("agencies", "工会、民政")
                        .param("participants", "张伟").param("decisions", "同意")
                        .param("fileNumbers", a.fileNumber() + "," + b.fileNumber()).param("fileId", String.valueOf(b.id())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/hardship/files/" + b.id()));
        // a meeting about several files, recorded from no file, lands on the list of meetings
        mvc.perform(post("/hardship/joint-reviews").with(user(caseworker)).with(csrf())
                        .param("heldOn", Today.date().toString()).param("agencies", "工会、民政")
                        .param("participants", "张伟").param("decisions", "同意")
                        .param("fileNumbers", a.fileNumber() + "," + b.fileNumber()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/hardship/joint-reviews"));
    }

    @Test
    void theReviewAndMeasurePagesRender() throws Exception {
        long id = activeFile("caseworker", "SN-XA-YT", Today.date());
        var caseworker = users.loadUserByUsername("caseworker");
        mvc.perform(get("/hardship/reviews/due").with(user(caseworker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("review-file-" + id)));
        mvc.perform(get("/hardship/reviews/overdue").with(user(caseworker))).andExpect(status().isOk());
        mvc.perform(get("/hardship/measures/overdue").with(user(caseworker))).andExpect(status().isOk());
        mvc.perform(post("/hardship/files/{id}/measures", id).with(user(caseworker)).with(csrf())
                        .header("Accept-Language", "en").param("kind", "LEGAL_AID").param("description", "")
                        .param("owner", "律师").param("dueOn", "2030-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"律师\"")));
        mvc.perform(post("/hardship/files/{id}/measures", id).with(user(caseworker)).with(csrf())
                        .param("kind", "LEGAL_AID").param("description", "劳动仲裁法律援助")
                        .param("owner", "律师").param("dueOn", "2030-01-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/hardship/files/{id}/reviews", id).with(user(caseworker)).with(csrf())
                        .param("reviewedOn", Today.date().toString()).param("outcome", "CONTINUE")
                        .param("findings", "情况稳定"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/hardship/files/{id}", id).with(user(caseworker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("劳动仲裁法律援助")))
                .andExpect(content().string(containsString("情况稳定")));
        mvc.perform(get("/hardship/joint-reviews/new").param("fileId", String.valueOf(id)).with(user(caseworker)))
                .andExpect(status().isOk());
    }
}
