package org.unionaid.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.NationalId;
import org.unionaid.shared.RecordNotFoundException;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.Today;
import org.unionaid.users.Users;

/**
 * Plans as unions publish them (issue 14, item 1) through the services and pages: shares, eligible ages, the
 * participation floor, confirmation by the district union (scoped, audited, notified), renewal without a waiting
 * period, pro rata contributions on the contributions page.
 */
class PlanTermsIntegrationTests extends IntegrationTestSupport {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 500));

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
    StaffLists staffLists;
    @Autowired
    Claims claims;
    @Autowired
    Users users;
    @Autowired
    org.springframework.context.MessageSource messages;

    TestPeople people;
    TestClaims data;
    LocalDate today;

    @BeforeEach
    void setUp() {
        people = new TestPeople(registry, userDetails, jdbc);
        data = new TestClaims(people, plans, enrolments, claims, users, jdbc, confirmations);
        today = Today.date();
    }

    private PlanView plan(EnrolmentTerms terms) {
        String code = "P" + TestPeople.freshName("").replace("号", "");
        return people.as("admin", () -> plans.create(new PlanDetails(code, "测试计划 " + code,
                PlanType.HOSPITALISATION, TestClaims.TERM_START, LocalDate.of(2030, 12, 31), new BigDecimal("60.00"),
                30, true), TestClaims.hospitalRule(), terms));
    }

    private static EnrolmentTerms terms(int maxShares, Integer minAge, Integer maxAge, LateJoinerRule late,
                                        BigDecimal percent, Integer minMembers) {
        return new EnrolmentTerms(maxShares, minAge, maxAge, TermKind.CALENDAR_YEAR, 1, late, percent, minMembers);
    }

    /** A valid national ID of someone born on that day (outside the birth years TestPeople uses). */
    private static String bornOn(LocalDate birth) {
        String first17 = "110102" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", SEQ.incrementAndGet() % 1000);
        return first17 + NationalId.checkCharacter(first17);
    }

    private List<StaffListProblem> refused(String csv) {
        try {
            people.as("employer", () -> staffLists.importStaffList(csv.getBytes(StandardCharsets.UTF_8), "s.csv"));
        } catch (StaffListRejectedException e) {
            return e.problems();
        }
        throw new AssertionError("the list was accepted");
    }

    private String idOf(long workerId) {
        return people.as("caseworker", () -> registry.revealNationalId(workerId));
    }

    private long enrolmentsOf(PlanView plan) {
        return jdbc.queryForObject("select count(*) from mutualaid_enrolment where plan_id = ?", Long.class, plan.id());
    }

    @Test
    void membersOutsideTheEligibleAgesAreRefusedWithTheirAgeAndTheRange() {
        PlanView plan = plan(terms(1, 18, 60, LateJoinerRule.FULL_TERM, null, null));
        String old = bornOn(today.minusYears(70).minusDays(3));
        String young = bornOn(today.minusYears(15));
        List<StaffListProblem> problems = refused("name,id,phone,plan\n"
                + "老人," + old + ",13900000001," + plan.code() + "\n"
                + "少年," + young + ",13900000002," + plan.code() + "\n"
                + "职工," + bornOn(today.minusYears(30)) + ",13900000003," + plan.code() + "\n");
        assertThat(problems).extracting(StaffListProblem::row, StaffListProblem::key, StaffListProblem::args)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "enrolment.age.outside", List.of("70", "18", "60")),
                        org.assertj.core.groups.Tuple.tuple(3, "enrolment.age.outside", List.of("15", "18", "60")));
        assertThat(enrolmentsOf(plan)).isZero();
        // one by one, the same refusal
        assertThatThrownBy(() -> people.as("employer", () -> enrolments.enrol(new EnrolStaff("老人", old, null,
                plan.code())))).isInstanceOf(BusinessRuleException.class).hasMessageContaining("enrolment.age.outside");
        // an old version without age limits would have taken them: the version in force decides
        PlanView open = plan(EnrolmentTerms.DEFAULT);
        EnrolmentView accepted = people.as("employer", () -> enrolments.enrol(new EnrolStaff("老人", old, null,
                open.code())));
        assertThat(accepted.status()).isEqualTo(EnrolmentStatus.SUBMITTED);
    }

    @Test
    void sharesAreLimitedByThePlanAndScaleTheContributionAndTheBenefit() {
        PlanView plan = plan(terms(2, null, null, LateJoinerRule.FULL_TERM, null, null));
        List<StaffListProblem> problems = refused("name,id,phone,plan,shares\n"
                + "三份," + TestPeople.freshNationalId() + ",13900000001," + plan.code() + ",3\n"
                + "半份," + TestPeople.freshNationalId() + ",13900000002," + plan.code() + ",x\n");
        assertThat(problems).extracting(StaffListProblem::row, StaffListProblem::key, StaffListProblem::args)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(2, "enrolment.shares.invalid", List.of("3", "2")),
                        org.assertj.core.groups.Tuple.tuple(3, "enrolment.shares.notNumber", List.of("x")));

        String name = TestPeople.freshName("两份");
        EnrolmentView two = people.as("employer", () -> enrolments.enrol(new EnrolStaff(name,
                TestPeople.freshNationalId(), null, plan.code(), 2)));
        EnrolmentView confirmed = data.confirm(two.id());
        assertThat(confirmed.shares()).isEqualTo(2);
        assertThat(confirmed.contribution()).isEqualByComparingTo("120.00");
        data.backdate(two.id(), today.minusMonths(3), 30);
        String username = "pt" + two.workerId();
        users.create(new Users.CreateUser(username, TestClaims.PASSWORD, name, people.branch("SN-XA-YT-WL"),
                java.util.Set.of(org.unionaid.shared.security.Role.WORKER), null, two.workerId()));
        TestClaims.Member member = new TestClaims.Member(two.workerId(), username, two.id());
        // 60 % of (60,000 − 10,000 − 1,000) = 29,400.00: above one share's 20,000 cap, within two shares' 40,000
        ClaimView claim = data.submitted(member, TestClaims.claim(plan, today.minusDays(20), 5, "60000.00",
                "10000.00", TestClaims.invoice()));
        assertThat(claim.explanation().amount()).isEqualByComparingTo("29400.00");
        assertThat(claim.explanation().lines()).contains(ExplanationLine.of("mutualaid.explain.shares", 2),
                ExplanationLine.of("mutualaid.explain.perEventCap.notReached", "40,000.00"));
        ClaimView approved = people.as("reviewer", () -> claims.approve(claim.id(), null, null));
        assertThat(approved.approvedAmount()).isEqualByComparingTo("29400.00");
        // an override is bounded by the annual cap × shares (60,000.00), not one share's 30,000.00
        // a one-share member of the same plan gets the cap of one share
        TestClaims.Member single = data.member(plan, today.minusMonths(3));
        ClaimView capped = data.submitted(single, TestClaims.claim(plan, today.minusDays(20), 5, "60000.00",
                "10000.00", TestClaims.invoice()));
        assertThat(capped.explanation().amount()).isEqualByComparingTo("20000.00");
        assertThat(capped.explanation().lines()).extracting(ExplanationLine::key)
                .doesNotContain("mutualaid.explain.shares");
    }

    @Test
    void aFileBelowTheParticipationFloorIsRefusedWithTheFigures() {
        PlanView byCount = plan(terms(1, null, null, LateJoinerRule.FULL_TERM, null, 3));
        String two = "name,id,phone,plan\n"
                + "甲," + TestPeople.freshNationalId() + ",13900000001," + byCount.code() + "\n"
                + "乙," + TestPeople.freshNationalId() + ",13900000002," + byCount.code() + "\n";
        List<StaffListProblem> problems = refused(two);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("enrolment.floor.count");
            assertThat(p.args()).containsExactly(byCount.code(), "2", "3");
        });
        assertThat(enrolmentsOf(byCount)).isZero();
        String three = two + "丙," + TestPeople.freshNationalId() + ",13900000003," + byCount.code() + "\n";
        assertThat(people.as("employer", () -> staffLists.importStaffList(three.getBytes(StandardCharsets.UTF_8),
                "s.csv"))).hasSize(3);
        // now above the floor, one more may join alone
        assertThat(people.as("employer", () -> enrolments.enrol(new EnrolStaff("丁", TestPeople.freshNationalId(),
                null, byCount.code()))).status()).isEqualTo(EnrolmentStatus.SUBMITTED);

        PlanView byShare = plan(terms(1, null, null, LateJoinerRule.FULL_TERM, new BigDecimal("30"), null));
        long staff = jdbc.queryForObject("select count(*) from worker where branch_id = ?", Long.class,
                people.branch("SN-XA-YT-WL"));
        List<StaffListProblem> share = refused("name,id,phone,plan\n"
                + "甲," + TestPeople.freshNationalId() + ",13900000001," + byShare.code() + "\n");
        assertThat(share).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("enrolment.floor.percent");
            assertThat(p.args()).containsExactly(byShare.code(), "1", String.valueOf(staff + 1),
                    String.valueOf(100 / (staff + 1)), "30");
        });
        assertThat(messages.getMessage(share.get(0).key(), share.get(0).args().toArray(), java.util.Locale.ENGLISH))
                .isEqualTo("Plan " + byShare.code() + ": 1 of " + (staff + 1) + " staff = " + (100 / (staff + 1))
                        + "% < 30% required. Nobody was enrolled.");
    }

    @Test
    void confirmationIsForTheDistrictOfTheEmployerAuditedAndNotified() {
        PlanView plan = plan(EnrolmentTerms.DEFAULT);
        TestClaims.Member member = data.member(plan, today.minusDays(1)); // has an account (confirmed already)
        jdbc.update("update mutualaid_enrolment set coverage_end = ? where id = ?", today.plusDays(10),
                member.enrolmentId());
        String nationalId = idOf(member.workerId());
        EnrolmentView renewal = people.as("employer", () -> enrolments.enrol(new EnrolStaff("续保", nationalId, null,
                plan.code())));
        // Baoji's caseworker does not cover the Yanta employer; an auditor may not confirm at all
        assertThatThrownBy(() -> people.as("caseworker2", () -> confirmations.confirm(List.of(renewal.id()))))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(people.as("caseworker2", () -> confirmations.queue())).extracting(EnrolmentView::id)
                .doesNotContain(renewal.id());
        assertThat(people.as("caseworker", () -> confirmations.queue())).extracting(EnrolmentView::id)
                .contains(renewal.id());
        assertThatThrownBy(() -> people.as("caseworker", () -> confirmations.reject(renewal.id(), "  ")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("enrolment.reject.reasonRequired");
        EnrolmentView rejected = people.as("caseworker", () -> confirmations.reject(renewal.id(), "身份证号与花名册不符"));
        assertThat(rejected.status()).isEqualTo(EnrolmentStatus.REJECTED);
        assertThat(rejected.rejectReason()).isEqualTo("身份证号与花名册不符");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'MutualAidEnrolment'"
                + " and entity_id = ? and action = 'REJECT'", Long.class, String.valueOf(renewal.id()))).isEqualTo(1);
        assertThat(jdbc.queryForList("select n.message_args[3] from notification n join user_account u"
                + " on u.id = n.recipient_user_id where u.username = 'employer' and n.kind = 'ENROLMENT_REJECTED'"
                + " and n.message_args[2] = ?", String.class, plan.code())).containsExactly("身份证号与花名册不符");
        assertThat(jdbc.queryForObject("select count(*) from notification n join user_account u on u.id ="
                + " n.recipient_user_id where u.username = ? and n.message_key = 'enrolment.notice.rejected.member'",
                Long.class, member.username())).isEqualTo(1);
        assertThatThrownBy(() -> people.as("caseworker", () -> confirmations.confirm(List.of(renewal.id()))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("enrolment.notSubmitted");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'MutualAidEnrolment'"
                + " and entity_id = ? and action = 'CONFIRM'", Long.class, String.valueOf(member.enrolmentId()))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notification n join user_account u on u.id ="
                + " n.recipient_user_id where u.username = 'employer' and n.message_key ="
                + " 'enrolment.notice.confirmed.employer' and n.created_at > now() - interval '1 minute'",
                Long.class)).isPositive();
    }

    @Test
    void anUninterruptedRenewalHasNoWaitingPeriodAndATermFarFromItsEndCannotBeRenewedYet() {
        PlanView plan = plan(EnrolmentTerms.DEFAULT);
        TestClaims.Member member = data.member(plan, today.minusMonths(11));
        String nationalId = idOf(member.workerId());
        // the current term runs for another 200 days: too early to renew
        jdbc.update("update mutualaid_enrolment set coverage_end = ? where id = ?", today.plusDays(200),
                member.enrolmentId());
        assertThatThrownBy(() -> people.as("employer", () -> enrolments.enrol(new EnrolStaff("续保", nationalId, null,
                plan.code())))).isInstanceOf(BusinessRuleException.class).hasMessageContaining("enrolment.duplicate");
        // it ends today: the renewal confirmed today starts tomorrow, with benefits from tomorrow
        jdbc.update("update mutualaid_enrolment set coverage_end = ? where id = ?", today, member.enrolmentId());
        EnrolmentView renewal = people.as("employer", () -> enrolments.enrol(new EnrolStaff("续保", nationalId, null,
                plan.code())));
        EnrolmentView confirmed = data.confirm(renewal.id());
        assertThat(confirmed.coverageStart()).isEqualTo(today.plusDays(1));
        assertThat(confirmed.waitingEndsOn()).isEqualTo(today.plusDays(1));
        assertThat(confirmed.renewal()).isTrue();
        // a claim of the old term is still judged under the old term's enrolment
        assertThat(enrolments.find(plan.id(), member.workerId(), today.minusDays(5)).orElseThrow().id())
                .isEqualTo(member.enrolmentId());
        assertThat(enrolments.find(plan.id(), member.workerId(), today.plusDays(5)).orElseThrow().id())
                .isEqualTo(renewal.id());

        // someone whose term ended last week starts again with the waiting period
        TestClaims.Member lapsed = data.member(plan, today.minusMonths(11));
        jdbc.update("update mutualaid_enrolment set coverage_end = ? where id = ?", today.minusDays(7),
                lapsed.enrolmentId());
        EnrolmentView again = people.as("employer", () -> enrolments.enrol(new EnrolStaff("重新参保",
                idOf(lapsed.workerId()), null, plan.code())));
        EnrolmentView restarted = data.confirm(again.id());
        assertThat(restarted.renewal()).isFalse();
        assertThat(restarted.waitingEndsOn()).isEqualTo(today.plusDays(1 + 30));
    }

    @Test
    void aLateJoinerPaysProRataAndTheContributionsPageExplainsIt() throws Exception {
        PlanView plan = plan(terms(2, null, null, LateJoinerRule.PRO_RATA, null, null));
        EnrolmentView e = people.as("employer", () -> enrolments.enrol(new EnrolStaff(TestPeople.freshName("年底"),
                TestPeople.freshNationalId(), null, plan.code(), 2)));
        EnrolmentView confirmed = data.confirm(e.id());
        LocalDate start = today.plusDays(1);
        int months = (int) ChronoUnit.MONTHS.between(start.withDayOfMonth(1),
                LocalDate.of(start.getYear(), 12, 1)) + 1;
        BigDecimal expected = new BigDecimal("120.00").multiply(BigDecimal.valueOf(months))
                .divide(BigDecimal.valueOf(12), 2, java.math.RoundingMode.HALF_UP);
        assertThat(confirmed.contribution()).isEqualByComparingTo(expected);
        assertThat(confirmed.coverageEnd()).isEqualTo(LocalDate.of(start.getYear(), 12, 31));
        String line = months == 12
                ? "Full term: 60.00 × 2 share(s) = 120.00"
                : "Pro rata: " + months + " of 12 months × 60.00 × 2 share(s) = "
                        + org.unionaid.shared.Money.format(expected);
        mvc.perform(get("/mutualaid/enrolments/contributions").with(user(people.user("employer")))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(line)));
        mvc.perform(get("/mutualaid/enrolments/contributions").with(user(people.user("employer")))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(months == 12 ? "整期：60.00 × 2 份 = 120.00"
                        : "按月折算：12 个月中的 " + months + " 个月")));
    }

    @Test
    void anAdminPublishesTheTermsOnThePlanFormAndTheyShowWithTheVersion() throws Exception {
        String code = "T" + System.nanoTime() % 1_000_000_000L;
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/mutualaid/plans/new")
                        .with(user(people.user("admin")))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("code", code).param("name", "滚动计划 " + code).param("type", "HOSPITALISATION")
                        .param("termStart", "2026-01-01").param("termEnd", "2030-12-31")
                        .param("contribution", "50").param("waitingPeriodDays", "30")
                        .param("basis", "PER_DAY").param("counted", "INVOICE_TOTAL").param("deductible", "0")
                        .param("amount", "100").param("claimDeadlineDays", "180")
                        .param("maxShares", "3").param("minAge", "16").param("maxAge", "65")
                        .param("termKind", "ROLLING").param("termYears", "2").param("lateJoiner", "PRO_RATA")
                        .param("minParticipationPercent", "30").param("minParticipants", "5"))
                .andExpect(status().is3xxRedirection());
        PlanView plan = plans.findByCode(code).orElseThrow();
        assertThat(plan.rules()).singleElement().extracting(RuleVersionView::terms)
                .isEqualTo(new EnrolmentTerms(3, 16, 65, TermKind.ROLLING, 2, LateJoinerRule.PRO_RATA,
                        new BigDecimal("30.00"), 5));
        mvc.perform(get("/mutualaid/plans/" + plan.id()).with(user(people.user("admin")))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rolling (from the cover start), 2 year(s)")))
                .andExpect(content().string(containsString("16 – 65")))
                .andExpect(content().string(containsString("30% at least 5 members")))
                // the new-version form starts from the latest terms
                .andExpect(content().string(containsString("name=\"maxShares\" value=\"3\"")));
        // out of range: refused with the reason, nothing stored
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/plans/" + plan.id() + "/rules")
                        .with(user(people.user("admin")))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .contentType("application/json").content("""
                                {"validFrom": "2027-01-01", "rules": {"basis": "PER_DAY", "counted": "INVOICE_TOTAL",
                                 "deductible": 0, "amount": 100, "claimDeadlineDays": 180},
                                 "terms": {"maxShares": 1, "minAge": 60, "maxAge": 18, "termKind": "ROLLING",
                                 "termYears": 1, "lateJoiner": "FULL_TERM"}}"""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.code")
                        .value("plan.terms.agesInvalid"));
        assertThat(plans.get(plan.id()).rules()).hasSize(1);
    }
}
