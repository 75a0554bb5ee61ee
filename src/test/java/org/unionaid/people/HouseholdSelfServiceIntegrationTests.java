package org.unionaid.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.hardship.HardshipFileCause;
import org.unionaid.hardship.HardshipFileLevel;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.hardship.HardshipFiles.FilingAnswers;
import org.unionaid.hardship.HardshipFiles.OpenFile;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.RecordNotFoundException;
import org.unionaid.shared.security.Role;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.Today;
import org.unionaid.users.Users;
import org.unionaid.users.Users.CreateUser;

/**
 * Issue 14, item 4: a worker keeps their own household members at /me/household; without an open hardship file a
 * change applies at once, with one it waits for a caseworker of the worker's subtree, who accepts or refuses it.
 */
class HouseholdSelfServiceIntegrationTests extends IntegrationTestSupport {

    @Autowired
    People registry;
    @Autowired
    Households households;
    @Autowired
    HouseholdChanges changes;
    @Autowired
    HardshipFiles files;
    @Autowired
    Users users;
    @Autowired
    UserDetailsService userDetails;

    TestPeople test;

    @BeforeEach
    void setUp() {
        test = new TestPeople(registry, userDetails, jdbc);
    }

    /** A Yanta worker with a WORKER account; returns the username. */
    record Me(long workerId, String username) {
    }

    Me worker() {
        WorkerView worker = test.register("caseworker", TestPeople.freshName("自助"), "SN-XA-YT");
        String username = "self" + worker.id();
        users.create(new CreateUser(username, "self-service-pass", worker.name(), worker.branch().id(),
                Set.of(Role.WORKER), null, worker.id()));
        return new Me(worker.id(), username);
    }

    void openFile(long workerId) {
        test.as("caseworker", () -> {
            households.updateHousehold(workerId, new HouseholdDetails(null, new BigDecimal("6000.00"), BigDecimal.ZERO));
            return files.open(new OpenFile(workerId, null, FilingAnswers.none(), null, HardshipFileLevel.CITY,
                    HardshipFileCause.ILLNESS, Set.of(), null));
        });
    }

    static MemberDetails child(String name, SchoolStage stage) {
        return new MemberDetails(name, Relation.CHILD, null, Today.date().minusYears(16), null, HealthStatus.HEALTHY,
                null, stage, EmploymentStatus.STUDENT, BigDecimal.ZERO);
    }

    int members(long workerId) {
        return jdbc.queryForObject("select count(*) from household_member m join household h on h.id = m.household_id "
                + "where h.primary_worker_id = ?", Integer.class, workerId);
    }

    @Test
    void withoutAFileTheWorkersNewMemberCountsAtOnceAndTheFormReturnsToTheApplyFormWithTheMemberChosen()
            throws Exception {
        Me me = worker();
        String child = TestPeople.freshName("女儿");
        String location = mvc.perform(post("/me/household/new").with(user(test.user(me.username()))).with(csrf())
                        .param("returnTo", "/programmes/42/apply").param("name", child).param("relation", "CHILD")
                        .param("birthDate", Today.date().minusYears(16).toString()).param("health", "HEALTHY")
                        .param("schoolStage", "SENIOR_HIGH").param("employment", "STUDENT")
                        .param("monthlyIncome", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Long memberId = jdbc.queryForObject("select id from household_member where name = ?", Long.class, child);
        assertThat(location).isEqualTo("/programmes/42/apply?memberId=" + memberId);
        assertThat(jdbc.queryForObject("select school_stage from household_member where id = ?", String.class,
                memberId)).isEqualTo("SENIOR_HIGH");
        assertThat(jdbc.queryForObject("select reason from audit_event where entity_type = 'HouseholdMember' "
                + "and entity_id = ? and action = 'ADD'", String.class, String.valueOf(memberId)))
                .contains("self-service");
        assertThat(jdbc.queryForObject("select count(*) from household_member_change where worker_id = ?",
                Integer.class, me.workerId())).isZero();

        // a return address outside the apply form is ignored (no open redirect)
        mvc.perform(post("/me/household/new").with(user(test.user(me.username()))).with(csrf())
                        .param("returnTo", "https://evil.example/").param("name", TestPeople.freshName("儿子"))
                        .param("relation", "CHILD").param("age", "8").param("health", "HEALTHY")
                        .param("monthlyIncome", "0"))
                .andExpect(redirectedUrl("/me/household"));
        String page = mvc.perform(get("/me/household").with(user(test.user(me.username()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(child).doesNotContain("my-household-filed");
    }

    @Test
    void badInputIsRefusedInTheUsersLanguageAndNothingIsStored() throws Exception {
        Me me = worker();
        String page = mvc.perform(post("/me/household/new").with(user(test.user(me.username()))).with(csrf())
                        .header("Accept-Language", "zh-CN").param("name", "").param("relation", "CHILD")
                        .param("nationalId", "123").param("health", "HEALTHY").param("monthlyIncome", "-5"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("身份证号码");
        assertThat(members(me.workerId())).isZero();
    }

    @Test
    void aFiledHouseholdsChangeWaitsForTheCaseworkerOfTheSubtreeWhoAcceptsIt() throws Exception {
        Me me = worker();
        openFile(me.workerId());
        String child = TestPeople.freshName("在读");
        String id = TestPeople.freshNationalId();
        HouseholdChangeOutcome outcome = test.as(me.username(), () -> changes.propose(null, 0,
                new MemberDetails(child, Relation.CHILD, id, null, null, HealthStatus.HEALTHY, null,
                        SchoolStage.UNIVERSITY, EmploymentStatus.STUDENT, BigDecimal.ZERO)));
        assertThat(outcome.applied()).isFalse();
        long changeId = outcome.pendingChangeId();
        assertThat(members(me.workerId())).isZero();
        assertThat(jdbc.queryForObject("select national_id_enc from household_member_change where id = ?",
                String.class, changeId)).doesNotContain(id.substring(6, 14));
        assertThat(test.as(me.username(), () -> changes.myHouseholdFiled())).isTrue();
        long caseworkerId = jdbc.queryForObject("select id from user_account where username = 'caseworker'", Long.class);
        assertThat(jdbc.queryForList("select link from notification where recipient_user_id = ? "
                + "and kind = 'HOUSEHOLD_CHANGE_REQUESTED' order by id desc limit 1", String.class, caseworkerId))
                .containsExactly("/workers/" + me.workerId());

        // Baoji's caseworker neither sees nor decides it; Yanta's sees it in the queue and on the worker's page
        assertThat(test.as("caseworker2", () -> changes.pending(PageRequest.of(0, 100))).getContent())
                .extracting(HouseholdChangeView::id).doesNotContain(changeId);
        assertThatThrownBy(() -> test.as("caseworker2", () -> changes.accept(changeId)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(test.as("caseworker", () -> changes.pending(PageRequest.of(0, 100))).getContent())
                .extracting(HouseholdChangeView::id).contains(changeId);
        String workerPage = mvc.perform(get("/workers/" + me.workerId()).with(user(test.user("caseworker"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(workerPage).contains("worker-pending-changes").contains(child);
        String queue = mvc.perform(get("/household-changes").with(user(test.user("caseworker"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("household-change-" + changeId);

        mvc.perform(post("/household-changes/" + changeId + "/accept").with(user(test.user("caseworker"))).with(csrf())
                        .param("back", String.valueOf(me.workerId())))
                .andExpect(redirectedUrl("/workers/" + me.workerId()));
        assertThat(members(me.workerId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select national_id_masked from household_member m join household h "
                + "on h.id = m.household_id where h.primary_worker_id = ?", String.class, me.workerId()))
                .isEqualTo(id.substring(0, 4) + "**********" + id.substring(14));
        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'HouseholdMemberChange' "
                + "and entity_id = ? order by id", String.class, String.valueOf(changeId)))
                .containsExactly("REQUEST", "ACCEPT");
        assertThatThrownBy(() -> test.as("caseworker", () -> changes.accept(changeId)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("householdChange.decided"));
    }

    @Test
    void aRefusedChangeNeedsAReasonChangesNothingAndTheWorkerSeesWhy() throws Exception {
        Me me = worker();
        HouseholdMemberView member = test.as(me.username(), () -> changes.propose(null, 0,
                child(TestPeople.freshName("初中"), SchoolStage.JUNIOR_HIGH))).member();
        openFile(me.workerId());
        long changeId = test.as(me.username(), () -> changes.propose(member.id(), member.version(),
                child(member.name(), SchoolStage.SENIOR_HIGH))).pendingChangeId();
        assertThatThrownBy(() -> test.as("caseworker", () -> changes.refuse(changeId, " ")))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("householdChange.reason.required"));
        test.as("caseworker", () -> changes.refuse(changeId, "请附学籍证明后再提交"));
        assertThat(jdbc.queryForObject("select school_stage from household_member where id = ?", String.class,
                member.id())).isEqualTo("JUNIOR_HIGH");
        long account = jdbc.queryForObject("select id from user_account where username = ?", Long.class,
                me.username());
        assertThat(jdbc.queryForList("select array_to_string(message_args, '|') from notification where recipient_user_id = ? "
                + "and kind = 'HOUSEHOLD_CHANGE_REFUSED'", String.class, account)).singleElement().asString()
                .contains("请附学籍证明后再提交");
        String page = mvc.perform(get("/me/household").with(user(test.user(me.username())))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请附学籍证明后再提交").contains("Refused").contains("my-household-filed");
    }

    @Test
    void aWorkerReachesNoOtherHouseholdsMemberAndStaffHaveNoSelfServicePage() throws Exception {
        Me me = worker();
        Me other = worker();
        long othersMember = test.as(other.username(), () -> changes.propose(null, 0,
                child(TestPeople.freshName("别家"), SchoolStage.PRIMARY))).member().id();
        mvc.perform(get("/me/household/" + othersMember).with(user(test.user(me.username()))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/me/household/" + othersMember).with(user(test.user(me.username()))).with(csrf())
                        .param("name", "改名").param("relation", "CHILD").param("age", "9").param("health", "HEALTHY")
                        .param("monthlyIncome", "0"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select name from household_member where id = ?", String.class, othersMember))
                .isNotEqualTo("改名");
        mvc.perform(get("/me/household").with(user(test.user("caseworker")))).andExpect(status().isForbidden());
        mvc.perform(get("/household-changes").with(user(test.user(me.username())))).andExpect(status().isForbidden());
    }
}
