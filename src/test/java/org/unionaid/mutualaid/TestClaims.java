package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.unionaid.documents.DocumentKind;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.security.Role;
import org.unionaid.users.Users;
import org.unionaid.users.Users.CreateUser;

/**
 * Test data for mutual aid: plans with a unique code (term 2025–2027, rules from the term's start), staff enrolled
 * by the demo employer (雁塔物流) with their own worker accounts, enrolments moved back in time, claims filed.
 */
class TestClaims {

    static final String PASSWORD = "unionaid-demo";
    static final LocalDate TERM_START = LocalDate.of(2025, 1, 1);
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    final TestPeople people;
    final MutualAidPlans plans;
    final Enrolments enrolments;
    final EnrolmentConfirmations confirmations;
    final Claims claims;
    final Users users;
    final JdbcTemplate jdbc;

    TestClaims(TestPeople people, MutualAidPlans plans, Enrolments enrolments, Claims claims, Users users,
               JdbcTemplate jdbc, EnrolmentConfirmations confirmations) {
        this.confirmations = confirmations;
        this.people = people;
        this.plans = plans;
        this.enrolments = enrolments;
        this.claims = claims;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** 60% of the invoice minus basic insurance above 1,000.00; 20,000 per event, 30,000 a year, 5 claims a year. */
    static BenefitRule hospitalRule() {
        return new BenefitRule(BenefitBasis.RATE, CountedAmounts.MINUS_BASIC_INSURANCE, new BigDecimal("1000.00"),
                new BigDecimal("60"), null, new BigDecimal("20000.00"), new BigDecimal("30000.00"), 5, 180);
    }

    PlanView plan(int waitingDays, BenefitRule rule) {
        String code = "T" + TestPeople.freshName("").replace("号", "");
        return people.as("admin", () -> plans.create(new PlanDetails(code, "测试住院互助 " + code,
                PlanType.HOSPITALISATION, TERM_START, LocalDate.of(2027, 12, 31), new BigDecimal("60.00"),
                waitingDays, true), rule));
    }

    /** A member enrolled by the demo employer, whose enrolment was made on {@code enrolledOn}, with an account. */
    Member member(PlanView plan, LocalDate enrolledOn) {
        String name = TestPeople.freshName("互助");
        EnrolmentView enrolment = people.as("employer", () -> enrolments.enrol(new EnrolStaff(name,
                TestPeople.freshNationalId(), "13900001111", plan.code())));
        confirm(enrolment.id());
        backdate(enrolment.id(), enrolledOn, plan.waitingPeriodDays());
        String username = "ma" + enrolment.workerId();
        users.create(new CreateUser(username, PASSWORD, name, people.branch("SN-XA-YT-WL"), Set.of(Role.WORKER),
                null, enrolment.workerId()));
        return new Member(enrolment.workerId(), username, enrolment.id());
    }

    /** The Yanta district union (the demo caseworker) confirms an enrolment of the demo employer. */
    EnrolmentView confirm(long enrolmentId) {
        return people.as("caseworker", () -> confirmations.confirm(List.of(enrolmentId))).get(0);
    }

    /** Time passes: the enrolment was made on {@code enrolledOn} (coverage and waiting period move with it). */
    void backdate(long enrolmentId, LocalDate enrolledOn, int waitingDays) {
        jdbc.update("update mutualaid_enrolment set enrolled_on = ?, coverage_start = ?, waiting_ends_on = ? where id = ?",
                enrolledOn, enrolledOn.plusDays(1), enrolledOn.plusDays(1 + waitingDays), enrolmentId);
    }

    record Member(long workerId, String username, long enrolmentId) {
    }

    static FileClaim claim(PlanView plan, LocalDate admission, int days, String invoiceTotal, String basic,
                           String... invoiceNumbers) {
        BigDecimal total = new BigDecimal(invoiceTotal);
        BigDecimal basicPaid = new BigDecimal(basic);
        return new FileClaim(plan.id(), null, admission, admission.plusDays(days), "西安市第一医院", "急性阑尾炎",
                total, basicPaid, total.subtract(basicPaid), List.of(invoiceNumbers));
    }

    /** Files and submits a claim with an invoice document, as the member. */
    ClaimView submitted(Member member, FileClaim claim) {
        return people.as(member.username(), () -> {
            ClaimView draft = claims.file(claim);
            claims.attach(draft.id(), DocumentKind.INVOICE, "invoice.pdf", PDF);
            return claims.submit(draft.id());
        });
    }

    static String invoice() {
        return "INV-" + TestPeople.freshName("").replace("号", "") + "-" + System.nanoTime() % 100000;
    }
}
