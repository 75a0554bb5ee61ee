package org.unionaid.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.support.Today;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.payouts.Funding;
import org.unionaid.payouts.PayoutKind;
import org.unionaid.payouts.PayoutSourceType;
import org.unionaid.payouts.PayoutView;
import org.unionaid.payouts.Payouts;
import org.unionaid.payouts.PayoutQueries;
import org.unionaid.payouts.ProposePayout;
import org.unionaid.people.People;
import org.unionaid.people.SchoolStage;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Role;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.users.Users;
import org.unionaid.users.Users.CreateUser;

class ApplicationsIntegrationTests extends IntegrationTestSupport {

    @Autowired
    People people;

    @Autowired
    org.unionaid.people.Households households;
    @Autowired
    UserDetailsService users;
    @Autowired
    Users accounts;
    @Autowired
    HardshipFiles files;
    @Autowired
    Programmes programmes;
    @Autowired
    Applications applications;
    @Autowired
    Funding funding;
    @Autowired
    Payouts payouts;
    @Autowired
    PayoutQueries payoutQueries;

    TestProgrammes test;

    @BeforeEach
    void setUp() {
        test = new TestProgrammes(new TestPeople(people, users, jdbc), people, households, files, programmes, applications,
                funding, jdbc);
    }

    /** A fresh worker of Yanta with an account of their own; returns the username. */
    private String workerAccount(long workerId) {
        String username = "applicant" + System.nanoTime();
        accounts.create(new CreateUser(username, "test-password-123", username, test.people.branch("SN-XA-YT"),
                Set.of(Role.WORKER), null, workerId));
        return username;
    }

    private ProgrammeView studentAid() {
        ProgrammeView programme = test.create(new ProgrammeDetails(TestPeople.freshName("金秋助学"),
                ProgrammeKind.STUDENT_AID, 0, "", Today.date().minusMonths(1), Today.date().plusMonths(11),
                Today.date().minusDays(1), Today.date().plusDays(30), WhoMayApply.BOTH, BenefitKind.CASH, false,
                null, null, null, null, 1,
                List.of(EligibilityRule.list(RuleType.SCHOOL_STAGE, SchoolStage.UNIVERSITY, SchoolStage.SENIOR_HIGH)),
                List.of(new ProgrammeQuestion("是否已获得其他助学资助?", false)),
                List.of(new BenefitTier(TierHousehold.FILED, SchoolStage.UNIVERSITY, new BigDecimal("5000")),
                        new BenefitTier(TierHousehold.ANY, SchoolStage.SENIOR_HIGH, new BigDecimal("2000")),
                        new BenefitTier(TierHousehold.ANY, SchoolStage.UNIVERSITY, new BigDecimal("4000")))));
        test.fund(programme.id(), "100000.00");
        return programme;
    }

    private ApplicationView applyAs(String username, long programmeId, Long memberId, boolean fundedElsewhere) {
        return test.people.as(username, () -> applications.apply(new Apply(programmeId, null, memberId,
                new ArrayList<>(List.of(fundedElsewhere)), "孩子考上大学", List.of())));
    }

    @Test
    void aWorkerAppliesForTheirChildAndTheCheckIsStoredWithEachReason() throws Exception {
        ProgrammeView programme = studentAid();
        long worker = test.worker(45);
        long child = test.child(worker, SchoolStage.UNIVERSITY).id();
        String username = workerAccount(worker);

        ApplicationView application = applyAs(username, programme.id(), child, false);

        assertThat(application.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(application.eligible()).isTrue();
        assertThat(application.amount()).isEqualByComparingTo("4000");
        assertThat(jdbc.queryForList("select rule || ':' || passed || ':' || reason_key from programme_rule_result "
                + "where application_id = ? order by position", String.class, application.id())).containsExactly(
                "SCHOOL_STAGE:true:programme.rule.stage.pass", "QUESTION:true:programme.rule.question.pass",
                "TIER:true:programme.rule.tier.pass");
        assertThat(jdbc.queryForObject("select count(*) from notification n join user_account u on u.id = "
                + "n.recipient_user_id where u.username = ?", Integer.class, username)).isEqualTo(1);
        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'ProgrammeApplication' "
                + "and entity_id = ?", String.class, String.valueOf(application.id()))).containsExactly("APPLY");
        mvc.perform(get("/me/applications/" + application.id()).with(user(users.loadUserByUsername(username)))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Meets every condition.")))
                .andExpect(content().string(containsString("Tier Any household, University: 4000.00 yuan.")));
    }

    @Test
    void aSecondApplicationForTheSamePersonInThePeriodIsRefused() {
        ProgrammeView programme = studentAid();
        long worker = test.worker(45);
        long child = test.child(worker, SchoolStage.SENIOR_HIGH).id();
        String username = workerAccount(worker);
        applyAs(username, programme.id(), child, false);

        assertThatThrownBy(() -> applyAs(username, programme.id(), child, false))
                .isInstanceOf(BusinessRuleException.class).hasMessage("application.limit.reached");
    }

    @Test
    void anIneligibleApplicationIsExplainedAndCanOnlyBeRejectedWithAReason() throws Exception {
        ProgrammeView programme = studentAid();
        long worker = test.worker(45);
        long child = test.child(worker, SchoolStage.UNIVERSITY).id();
        String username = workerAccount(worker);
        ApplicationView application = applyAs(username, programme.id(), child, true);

        assertThat(application.eligible()).isFalse();
        assertThatThrownBy(() -> test.people.as("caseworker", () -> applications.recommend(application.id(), "好")))
                .hasMessage("application.recommend.ineligible");
        assertThatThrownBy(() -> test.people.as("caseworker", () -> applications.reject(application.id(), " ")))
                .hasMessage("application.reason.required");
        test.people.as("caseworker", () -> applications.reject(application.id(), "已获其他助学资助"));

        mvc.perform(get("/me/applications/" + application.id()).with(user(users.loadUserByUsername(username)))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Does not meet every condition")))
                .andExpect(content().string(containsString("Answer: Yes; required: No.")))
                .andExpect(content().string(containsString("已获其他助学资助")));
    }

    @Test
    void theTransitionsFollowTheStateMachineAndAPaidPayoutMakesTheApplicationPaid() {
        ProgrammeView programme = test.create(TestProgrammes.inKind("送温暖", false, "米面油礼包", "500.00", 10));
        test.fund(programme.id(), "5000.00");
        long worker = test.worker(50);
        String username = workerAccount(worker);
        ApplicationView application = test.people.as(username, () -> applications.apply(new Apply(programme.id(),
                null, null, List.of(), "", List.of())));
        long id = application.id();

        assertThatThrownBy(() -> test.people.as("admin", () -> applications.approve(id, "同意", false)))
                .hasMessage("application.transition.illegal");
        test.people.as("caseworker", () -> applications.requestMoreInfo(id, "请补充收入证明"));
        assertThat(test.state(id)).isEqualTo("MORE_INFO_REQUESTED");
        assertThatThrownBy(() -> test.people.as("caseworker", () -> applications.recommend(id, "好")))
                .hasMessage("application.transition.illegal");
        test.people.as(username, () -> applications.answerInfoRequest(id, "已上传", List.of()));
        test.people.as("caseworker", () -> applications.recommend(id, "符合条件"));
        ApplicationView approved = test.people.as("admin", () -> applications.approve(id, "同意", true));

        assertThat(approved.state()).isEqualTo(ApplicationState.APPROVED);
        assertThat(approved.payoutState()).isEqualTo("PROPOSED");
        assertThat(jdbc.queryForObject("select stock from programme where id = ?", Integer.class, programme.id()))
                .isEqualTo(9);
        assertThatThrownBy(() -> test.people.as(username, () -> applications.withdraw(id)))
                .hasMessage("application.transition.illegal");
        long payoutId = approved.payoutId();
        test.people.as("admin2", () -> payouts.approve(payoutId));
        assertThat(jdbc.queryForObject("select payout_state from programme_application where id = ?", String.class,
                id)).isEqualTo("APPROVED");
        test.people.as("caseworker", () -> payouts.markDelivered(payoutId, Today.date(), "张伟"));

        assertThat(test.state(id)).isEqualTo("PAID");
        ApplicationView mine = test.people.as(username, () -> applications.get(id));
        assertThat(mine.payoutState()).isEqualTo("PAID");
        assertThat(mine.history()).extracting(ApplicationView.Transition::to).containsExactly(
                ApplicationState.SUBMITTED, ApplicationState.MORE_INFO_REQUESTED, ApplicationState.SUBMITTED,
                ApplicationState.RECOMMENDED, ApplicationState.APPROVED, ApplicationState.PAID);
        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'ProgrammeApplication' "
                + "and entity_id = ? order by id", String.class, String.valueOf(id))).containsExactly("APPLY",
                "MORE_INFO_REQUESTED", "SUBMITTED", "RECOMMENDED", "APPROVED", "PROPOSE_PAYOUT", "PAID");
    }

    @Test
    void aRejectedInKindPayoutGivesItsItemBackToTheStock() {
        ProgrammeView programme = test.create(TestProgrammes.inKind("送温暖", false, "米面油礼包", "500.00", 3));
        test.fund(programme.id(), "5000.00");
        long worker = test.worker(50);
        String username = workerAccount(worker);
        long id = test.people.as(username, () -> applications.apply(new Apply(programme.id(), null, null, List.of(),
                "", List.of()))).id();
        test.people.as("caseworker", () -> applications.recommend(id, "符合条件"));
        long payoutId = test.people.as("admin", () -> applications.approve(id, "同意", true)).payoutId();
        assertThat(jdbc.queryForObject("select stock from programme where id = ?", Integer.class, programme.id()))
                .isEqualTo(2);

        test.people.as("admin2", () -> payouts.reject(payoutId, "重复发放"));

        assertThat(jdbc.queryForObject("select stock from programme where id = ?", Integer.class, programme.id()))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("select payout_state from programme_application where id = ?", String.class,
                id)).isEqualTo("REJECTED");
    }

    @Test
    void aNoCashProgrammeIsInKindAndItsApplicationsCannotBePaidInCash() {
        LocalDate today = Today.date();
        ProgrammeDetails cashButNoCash = new ProgrammeDetails(TestPeople.freshName("灵活就业"), ProgrammeKind.OTHER, 0,
                "", today, today.plusMonths(11), today, today.plusDays(30), WhoMayApply.BOTH, BenefitKind.CASH, true,
                new BigDecimal("420"), null, null, null, 1, List.of(), List.of(), List.of());
        assertThatThrownBy(() -> test.create(cashButNoCash)).hasMessage("programme.noCash.cashForm");

        ProgrammeView programme = test.create(TestProgrammes.inKind("灵活就业", true, "会员服务卡", "420.00", null));
        test.fund(programme.id(), "4200.00");
        ApplicationView application = test.nominate(programme.id(), test.worker(30), null, List.of());
        test.people.as("caseworker", () -> applications.recommend(application.id(), "会员"));
        test.people.as("caseworker", () -> applications.approve(application.id(), "同意", false));

        assertThatThrownBy(() -> test.people.as("caseworker", () -> payouts.propose(new ProposePayout(
                PayoutSourceType.APPLICATION, application.id(), application.branchId(), application.workerId(),
                programme.id(), PayoutKind.CASH, new BigDecimal("420.00"), null, null, false, null, "现金"))))
                .isInstanceOf(BusinessRuleException.class);
        ApplicationView proposed = test.people.as("caseworker", () -> applications.proposePayout(application.id()));
        PayoutView payout = test.people.as("caseworker", () -> payoutQueries.get(proposed.payoutId()));
        assertThat(payout.form()).isEqualTo(PayoutKind.IN_KIND);
        assertThat(payout.item()).isEqualTo("会员服务卡");
    }

    @Test
    void aCoFundedPayoutIsSplitOverTheSourcesAndThePartnerSeesOnlyWhatTheyFund() throws Exception {
        ProgrammeView programme = test.create(TestProgrammes.cash("学费资助", List.of(), List.of(), List.of(),
                "7000.00"));
        test.fund(programme.id(), "3500.00");
        test.fundByPartner(programme.id(), "10000.00", "partner");
        ProgrammeView unfunded = test.create(TestProgrammes.cash("其他项目", List.of(), List.of(), List.of(), "100"));
        ApplicationView application = test.nominate(programme.id(), test.worker(30), null, List.of());
        test.people.as("caseworker", () -> applications.recommend(application.id(), "好"));
        ApplicationView approved = test.people.as("caseworker", () -> applications.approve(application.id(), "同意",
                true));

        PayoutView payout = test.people.as("admin", () -> payoutQueries.get(approved.payoutId()));
        assertThat(payout.split()).hasSize(2);
        assertThat(test.people.as("partner", () -> programmes.list(PageRequest.of(0, 100))).getContent())
                .extracting(ProgrammeSummary::id).contains(programme.id()).doesNotContain(unfunded.id());
        ApplicationView seen = test.people.as("partner", () -> applications.get(application.id()));
        assertThat(seen.workerName()).contains("*");
        assertThatThrownBy(() -> test.people.as("partner", () -> programmes.get(unfunded.id())))
                .isInstanceOf(ProgrammeNotFoundException.class);
        assertThatThrownBy(() -> test.people.as("partner2", () -> applications.get(application.id())))
                .isInstanceOf(ApplicationNotFoundException.class);
        mvc.perform(get("/programmes/" + programme.id()).with(user(users.loadUserByUsername("partner")))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("budget-chart")))
                .andExpect(content().string(containsString("基金会 " + programme.id())));
        mvc.perform(get("/applications").param("programmeId", String.valueOf(programme.id()))
                        .with(user(users.loadUserByUsername("partner"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(application.reference())))
                .andExpect(content().string(not(containsString(application.workerName()))));
    }

    @Test
    void aWorkerSeesOnlyTheirOwnApplications() throws Exception {
        ProgrammeView programme = studentAid();
        long worker = test.worker(45);
        ApplicationView other = test.nominate(programme.id(), worker, test.child(worker, SchoolStage.UNIVERSITY).id(),
                List.of(false));
        String stranger = workerAccount(test.worker(40));

        assertThatThrownBy(() -> test.people.as(stranger, () -> applications.get(other.id())))
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThat(test.people.as(stranger, () -> applications.mine())).isEmpty();
        mvc.perform(get("/me/applications/" + other.id()).with(user(users.loadUserByUsername(stranger))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/applications/" + other.id()).with(user(users.loadUserByUsername(stranger))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCaseworkerOfAnotherCityGetsNotFoundOnPageAndApi() throws Exception {
        ProgrammeView programme = studentAid();
        long worker = test.worker(45);
        ApplicationView application = test.nominate(programme.id(), worker,
                test.child(worker, SchoolStage.UNIVERSITY).id(), List.of(false));

        mvc.perform(get("/applications/" + application.id()).with(user(users.loadUserByUsername("caseworker2"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/applications/" + application.id())
                        .with(user(users.loadUserByUsername("caseworker2"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/applications/" + application.id() + "/recommend").param("text", "好").with(csrf())
                        .with(user(users.loadUserByUsername("caseworker2"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programmes/" + programme.id()).with(user(users.loadUserByUsername("caseworker2"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/applications").with(user(users.loadUserByUsername("caseworker2"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(application.reference()))));
        mvc.perform(get("/api/v1/applications/" + application.id()).with(user(users.loadUserByUsername("caseworker"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(application.reference()))
                .andExpect(jsonPath("$.results[0].rule").value("SCHOOL_STAGE"));
    }

    @Test
    void changingTheRulesAfterAnApplicationKeepsItsStoredExplanation() {
        ProgrammeView programme = test.create(TestProgrammes.cash("规则变更", List.of(EligibilityRule.range(
                RuleType.AGE_RANGE, 18, 45)), List.of(), List.of(), "7000.00"));
        ApplicationView application = test.nominate(programme.id(), test.worker(40), null, List.of());
        ProgrammeDetails stricter = new ProgrammeDetails(programme.name(), programme.kind(), programme.branchId(),
                programme.description(), programme.periodStart(), programme.periodEnd(), programme.applyFrom(),
                programme.applyTo(), programme.whoMayApply(), programme.form(), programme.noCash(),
                programme.baseAmount(), null, null, null, 1,
                List.of(EligibilityRule.range(RuleType.AGE_RANGE, 18, 35)), List.of(), List.of());

        ProgrammeView changed = test.people.as("admin", () -> programmes.update(programme.id(), programme.version(),
                stricter));

        assertThat(changed.ruleVersion()).isEqualTo(2);
        ApplicationView again = test.people.as("caseworker", () -> applications.get(application.id()));
        assertThat(again.ruleVersion()).isEqualTo(1);
        assertThat(again.eligible()).isTrue();
        assertThat(again.results().get(0).reasonArgs()).containsExactly("40", "18", "45");
        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'Programme' and entity_id = ?",
                String.class, String.valueOf(programme.id()))).containsExactly("CREATE", "UPDATE");
    }

    @Test
    void theApiListsProgrammesAndAcceptsANominationAndADecision() throws Exception {
        ProgrammeView programme = test.create(TestProgrammes.cash("接口", List.of(), List.of(), List.of(), "300.00"));
        test.fund(programme.id(), "3000.00");
        long worker = test.worker(33);

        mvc.perform(get("/api/v1/programmes/" + programme.id()).with(user(users.loadUserByUsername("caseworker"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programme.name").value(programme.name()))
                .andExpect(jsonPath("$.budget.allocated").value(3000.00));
        String body = mvc.perform(post("/api/v1/applications").with(csrf())
                        .with(user(users.loadUserByUsername("caseworker")))
                        .contentType("application/json")
                        .content("{\"programmeId\":" + programme.id() + ",\"workerId\":" + worker + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.origin").value("NOMINATION"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
        mvc.perform(post("/api/v1/applications/" + id + "/decide").with(csrf())
                        .with(user(users.loadUserByUsername("caseworker"))).contentType("application/json")
                        .content("{\"approve\":true,\"reason\":\"同意\",\"proposePayout\":false}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("application.transition.illegal"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("当前状态(")));
        mvc.perform(post("/api/v1/applications/" + id + "/recommend").with(csrf())
                        .with(user(users.loadUserByUsername("caseworker"))).contentType("application/json")
                        .content("{\"text\":\"好\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RECOMMENDED"));
    }

    @Test
    void theWorkerAnswersARequestForMoreInformationOnTheirPageWithADocument() throws Exception {
        ProgrammeView programme = studentAid();
        long worker = test.worker(45);
        long child = test.child(worker, SchoolStage.UNIVERSITY).id();
        String username = workerAccount(worker);
        ApplicationView application = applyAs(username, programme.id(), child, false);
        test.people.as("caseworker", () -> applications.requestMoreInfo(application.id(), "请补充录取通知书"));

        mvc.perform(get("/me/applications/" + application.id()).with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请补充录取通知书")))
                .andExpect(content().string(containsString("id=\"answer-form\"")));
        // a chosen file of 0 bytes is refused on its input, the answer kept, nothing stored
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/me/applications/" + application.id() + "/answer")
                        .file(new org.springframework.mock.web.MockMultipartFile("documents", "photo.jpg", "image/jpeg",
                                new byte[0]))
                        .param("text", "空文件的回答").with(csrf()).with(user(users.loadUserByUsername(username)))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"answer-documents-error\"")))
                .andExpect(content().string(containsString("The file photo.jpg is empty.")))
                .andExpect(content().string(containsString("空文件的回答")));
        assertThat(jdbc.queryForObject("select count(*) from document where owner_type = 'APPLICATION' "
                + "and owner_id = ?", Integer.class, application.id())).isZero();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/me/applications/" + application.id() + "/answer")
                        .file(new org.springframework.mock.web.MockMultipartFile("documents", "letter.png", "image/png",
                                png.toByteArray()))
                        .param("text", "已上传录取通知书").with(csrf()).with(user(users.loadUserByUsername(username))))
                .andExpect(status().is3xxRedirection());

        assertThat(test.state(application.id())).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select info_answer from programme_application where id = ?", String.class,
                application.id())).isEqualTo("已上传录取通知书");
        assertThat(jdbc.queryForObject("select count(*) from document where owner_type = 'APPLICATION' "
                + "and owner_id = ?", Integer.class, application.id())).isEqualTo(1);
        mvc.perform(post("/me/applications/" + application.id() + "/withdraw").with(csrf())
                        .with(user(users.loadUserByUsername(username))))
                .andExpect(status().is3xxRedirection());
        assertThat(test.state(application.id())).isEqualTo("WITHDRAWN");
    }

    @Test
    void aPartnerReadsTheReasonsWithTheChildsNameMasked() {
        ProgrammeView programme = studentAid();
        test.fundByPartner(programme.id(), "5000.00", "partner");
        long worker = test.worker(45);
        var child = test.child(worker, SchoolStage.UNIVERSITY);
        ApplicationView application = test.nominate(programme.id(), worker, child.id(), List.of(false));

        ApplicationView seen = test.people.as("partner", () -> applications.get(application.id()));

        assertThat(seen.memberName()).doesNotContain(child.name().substring(1));
        assertThat(seen.results().get(0).reasonArgs()).doesNotContain(child.name());
        assertThat(seen.documents()).isEmpty();
    }
}
