package org.unionaid.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.support.Today;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.users.Users;

class ClaimsIntegrationTests extends IntegrationTestSupport {

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

    @Test
    void submittedClaimIsExplainedRuleByRuleAndApprovedWithTheCalculatedAmount() {
        PlanView plan = data.plan(30, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(200));
        ClaimView claim = data.submitted(member, TestClaims.claim(plan, today.minusDays(20), 6, "12000.00", "4000.00",
                TestClaims.invoice()));
        assertThat(claim.state()).isEqualTo(ClaimState.SUBMITTED);

        ClaimView reviewed = people.as("reviewer", () -> claimQueries.get(claim.id()));
        // (12,000 - 4,000 - 1,000) x 60% = 4,200
        assertThat(reviewed.explanation().amount()).isEqualByComparingTo("4200.00");
        assertThat(reviewed.explanation().lines()).extracting(ExplanationLine::key).contains(
                "mutualaid.explain.deductible", "mutualaid.explain.rate", "mutualaid.explain.annualCap");
        assertThat(reviewed.diagnosis()).isEqualTo("急性阑尾炎");

        ClaimView approved = people.as("reviewer", () -> claims.approve(claim.id(), null, null));
        assertThat(approved.state()).isIn(ClaimState.APPROVED);
        assertThat(approved.approvedAmount()).isEqualByComparingTo("4200.00");
        assertThat(jdbc.queryForObject("select granted from mutualaid_accumulator where worker_id = ? and plan_id = ?",
                BigDecimal.class, member.workerId(), plan.id())).isEqualByComparingTo("4200.00");
        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'MutualAidClaim' "
                + "and entity_id = ? order by id", String.class, String.valueOf(claim.id())))
                .containsSubsequence("FILE", "SUBMITTED", "APPROVE");
    }

    @Test
    void diagnosisIsStoredEncrypted() {
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(100));
        ClaimView claim = data.submitted(member, TestClaims.claim(plan, today.minusDays(10), 3, "3000.00", "0.00"));
        String stored = jdbc.queryForObject("select diagnosis_enc from mutualaid_claim where id = ?", String.class,
                claim.id());
        assertThat(stored).doesNotContain("阑尾炎").isNotBlank();
    }

    @Test
    void claimInsideTheWaitingPeriodIsRefusedWithTheDateItEnds() {
        PlanView plan = data.plan(90, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(60));
        assertThatThrownBy(() -> data.submitted(member, TestClaims.claim(plan, today.minusDays(20), 3, "3000.00",
                "0.00"))).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("claim.refused.waitingPeriod");
                    assertThat(e.args()).containsExactly(today.minusDays(60).plusDays(91).toString());
                });
    }

    @Test
    void claimForAnEventBeforeCoverageIsRefused() {
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(30));
        assertThatThrownBy(() -> data.submitted(member, TestClaims.claim(plan, today.minusDays(40), 3, "3000.00",
                "0.00"))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.code()).isEqualTo("claim.refused.outsideCoverage"));
    }

    @Test
    void claimPastTheDeadlineIsRefusedWithTheDaysSinceDischarge() {
        PlanView plan = data.plan(0, new BenefitRule(BenefitBasis.RATE, CountedAmounts.INVOICE_TOTAL,
                BigDecimal.ZERO, new BigDecimal("50"), null, null, null, null, 30));
        TestClaims.Member member = data.member(plan, today.minusDays(300));
        assertThatThrownBy(() -> data.submitted(member, TestClaims.claim(plan, today.minusDays(50), 5, "3000.00",
                "0.00"))).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("mutualaid.explain.deadline.missed");
                    assertThat(e.args()).containsExactly("30", "45");
                });
    }

    @Test
    void claimOverTheYearlyNumberOfClaimsIsRefused() {
        PlanView plan = data.plan(0, new BenefitRule(BenefitBasis.RATE, CountedAmounts.INVOICE_TOTAL,
                BigDecimal.ZERO, new BigDecimal("50"), null, null, null, 1, 365));
        TestClaims.Member member = data.member(plan, today.minusDays(300));
        data.submitted(member, TestClaims.claim(plan, today.minusDays(50), 5, "3000.00", "0.00"));
        assertThatThrownBy(() -> data.submitted(member, TestClaims.claim(plan, today.minusDays(20), 5, "3000.00",
                "0.00"))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.code()).isEqualTo("mutualaid.explain.maxClaims.reached"));
    }

    @Test
    void invoiceNumberUsedInAnotherClaimIsFlaggedToTheReviewer() {
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        String invoice = TestClaims.invoice();
        TestClaims.Member first = data.member(plan, today.minusDays(300));
        TestClaims.Member second = data.member(plan, today.minusDays(300));
        ClaimView earlier = data.submitted(first, TestClaims.claim(plan, today.minusDays(60), 3, "3000.00", "0.00",
                invoice));
        ClaimView later = data.submitted(second, TestClaims.claim(plan, today.minusDays(30), 3, "3000.00", "0.00",
                invoice, TestClaims.invoice()));
        ClaimView seen = people.as("reviewer", () -> claimQueries.get(later.id()));
        assertThat(seen.duplicateInvoices()).containsExactly(
                new ClaimView.DuplicateInvoice(invoice, earlier.reference()));
    }

    @Test
    void anOldClaimIsExplainedByTheRulesOfItsAdmissionDate() {
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        LocalDate change = today.minusDays(30);
        people.as("admin", () -> plans.addRules(plan.id(), change, new BenefitRule(BenefitBasis.RATE,
                CountedAmounts.MINUS_BASIC_INSURANCE, new BigDecimal("500.00"), new BigDecimal("80"), null,
                new BigDecimal("20000.00"), new BigDecimal("30000.00"), 5, 180)));
        TestClaims.Member member = data.member(plan, today.minusDays(300));
        ClaimView old = data.submitted(member, TestClaims.claim(plan, today.minusDays(60), 3, "5000.00", "0.00"));
        ClaimView recent = data.submitted(member, TestClaims.claim(plan, today.minusDays(10), 3, "5000.00", "0.00"));
        ClaimView oldSeen = people.as("reviewer", () -> claimQueries.get(old.id()));
        ClaimView recentSeen = people.as("reviewer", () -> claimQueries.get(recent.id()));
        assertThat(oldSeen.rules().validFrom()).isEqualTo(TestClaims.TERM_START);
        assertThat(oldSeen.explanation().amount()).isEqualByComparingTo("2400.00"); // (5,000 - 1,000) x 60%
        assertThat(recentSeen.rules().validFrom()).isEqualTo(change);
        assertThat(recentSeen.explanation().amount()).isEqualByComparingTo("3600.00"); // (5,000 - 500) x 80%
    }

    @Test
    void reviewerOfAnotherCitySeesNoClaimOfThisOne() {
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(300));
        ClaimView claim = data.submitted(member, TestClaims.claim(plan, today.minusDays(10), 3, "3000.00", "0.00"));
        assertThatThrownBy(() -> people.as("reviewer2", () -> claimQueries.get(claim.id())))
                .isInstanceOf(ClaimNotFoundException.class);
        assertThatThrownBy(() -> people.as("reviewer2", () -> claims.approve(claim.id(), null, null)))
                .isInstanceOf(ClaimNotFoundException.class);
        assertThat(people.as("reviewer2", () -> claimQueries.queue(ClaimFilter.open(),
                org.springframework.data.domain.PageRequest.of(0, 100))).getContent())
                .noneMatch(s -> s.id() == claim.id());
        assertThat(people.as("reviewer", () -> claimQueries.queue(new ClaimFilter(null, plan.id(), null),
                org.springframework.data.domain.PageRequest.of(0, 100))).getContent())
                .extracting(ClaimSummary::id).containsExactly(claim.id());
    }

    @Test
    void overrideNeedsAReasonAndIsAudited() {
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(300));
        ClaimView claim = data.submitted(member, TestClaims.claim(plan, today.minusDays(10), 3, "5000.00", "0.00"));
        assertThatThrownBy(() -> people.as("reviewer", () -> claims.approve(claim.id(), new BigDecimal("3000.00"),
                " "))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.code()).isEqualTo("claim.override.reasonRequired"));
        ClaimView approved = people.as("reviewer", () -> claims.approve(claim.id(), new BigDecimal("3000.00"),
                "发票遗漏一张，已核实"));
        assertThat(approved.calculatedAmount()).isEqualByComparingTo("2400.00");
        assertThat(approved.approvedAmount()).isEqualByComparingTo("3000.00");
        assertThat(jdbc.queryForObject("select reason from audit_event where entity_type = 'MutualAidClaim' "
                + "and entity_id = ? and action = 'APPROVE_OVERRIDE'", String.class, String.valueOf(claim.id())))
                .isEqualTo("发票遗漏一张，已核实");
    }

    @Test
    void moreInformationRequestedIsAnsweredByTheWorkerAndNotifiesThem() {
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(300));
        ClaimView claim = data.submitted(member, TestClaims.claim(plan, today.minusDays(10), 3, "5000.00", "0.00"));
        people.as("reviewer", () -> claims.startReview(claim.id()));
        people.as("reviewer", () -> claims.requestMoreInfo(claim.id(), "请补充出院小结"));
        assertThat(people.as(member.username(), () -> claimQueries.get(claim.id())).openQuestion()).isEqualTo("请补充出院小结");
        Long userId = jdbc.queryForObject("select id from user_account where username = ?", Long.class,
                member.username());
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_user_id = ? "
                + "and kind = 'CLAIM_MORE_INFO'", Integer.class, userId)).isEqualTo(1);
        ClaimView answered = people.as(member.username(), () -> {
            claims.attach(claim.id(), org.unionaid.documents.DocumentKind.DISCHARGE_SUMMARY, "summary.pdf",
                    TestClaims.PDF);
            return claims.answer(claim.id(), "已上传出院小结");
        });
        assertThat(answered.state()).isEqualTo(ClaimState.IN_REVIEW);
        assertThat(answered.documents()).hasSize(2);
        assertThat(answered.history()).extracting(ClaimView.Transition::note).contains("请补充出院小结", "已上传出院小结");
    }

    @Test
    void anotherWorkerCannotOpenTheClaim() {
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(300));
        TestClaims.Member other = data.member(plan, today.minusDays(300));
        ClaimView claim = data.submitted(member, TestClaims.claim(plan, today.minusDays(10), 3, "5000.00", "0.00"));
        assertThatThrownBy(() -> people.as(other.username(), () -> claimQueries.get(claim.id())))
                .isInstanceOf(ClaimNotFoundException.class);
    }

    @Test
    void twoConcurrentApprovalsOfOneMemberGrantOnlyWhatFitsTheAnnualCap() throws Exception {
        // 5,000 a year; each claim alone is worth 4,000
        PlanView plan = data.plan(0, new BenefitRule(BenefitBasis.RATE, CountedAmounts.INVOICE_TOTAL,
                BigDecimal.ZERO, new BigDecimal("100"), null, null, new BigDecimal("5000.00"), null, 365));
        TestClaims.Member member = data.member(plan, today.minusDays(300));
        ClaimView first = data.submitted(member, TestClaims.claim(plan, today.minusDays(40), 3, "4000.00", "0.00"));
        ClaimView second = data.submitted(member, TestClaims.claim(plan, today.minusDays(20), 3, "4000.00", "0.00"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<ClaimView>> results = new ArrayList<>();
        for (long id : List.of(first.id(), second.id())) {
            results.add(pool.submit(() -> {
                start.await();
                return people.as("reviewer", () -> claims.approve(id, null, null));
            }));
        }
        start.countDown();
        List<BigDecimal> granted = Collections.synchronizedList(new ArrayList<>());
        for (Future<ClaimView> result : results) {
            granted.add(result.get().approvedAmount());
        }
        pool.shutdown();
        assertThat(granted).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("4000.00"), new BigDecimal("1000.00"));
        assertThat(jdbc.queryForObject("select granted from mutualaid_accumulator where worker_id = ? and plan_id = ?",
                BigDecimal.class, member.workerId(), plan.id())).isEqualByComparingTo("5000.00");
    }
}
