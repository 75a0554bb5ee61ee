package org.unionaid.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.support.Today;
import org.unionaid.payouts.BatchView;
import org.unionaid.payouts.DisbursementBatches;
import org.unionaid.payouts.BankResults;
import org.unionaid.payouts.PayoutSourceType;
import org.unionaid.payouts.PayoutState;
import org.unionaid.payouts.PayoutView;
import org.unionaid.payouts.Payouts;
import org.unionaid.payouts.PayoutQueries;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.users.Users;

class ClaimPaymentIntegrationTests extends IntegrationTestSupport {

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
    @Autowired
    Payouts payouts;
    @Autowired
    PayoutQueries payoutQueries;
    @Autowired
    DisbursementBatches batches;
    @Autowired
    BankResults bankResults;

    TestPeople people;
    TestClaims data;

    @BeforeEach
    void setUp() {
        people = new TestPeople(registry, userDetails, jdbc);
        data = new TestClaims(people, plans, enrolments, claims, users, jdbc, confirmations);
    }

    @Test
    void approvalProposesACashPayoutAndTheClaimIsPaidWhenThePayoutIs() {
        LocalDate today = Today.date();
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(300));
        ClaimView claim = data.submitted(member, TestClaims.claim(plan, today.minusDays(10), 3, "5000.00", "0.00"));
        people.as("reviewer", () -> claims.approve(claim.id(), null, null));

        PayoutView payout = people.as("admin", () -> payoutQueries.liveFor(PayoutSourceType.CLAIM, claim.id())).orElseThrow();
        assertThat(payout.state()).isEqualTo(PayoutState.PROPOSED);
        assertThat(payout.amount()).isEqualByComparingTo("2400.00");
        assertThat(payout.payeeWorkerId()).isEqualTo(member.workerId());
        assertThat(payout.purpose()).contains(claim.reference());

        people.givePayableAccount(member.workerId());
        people.as("admin", () -> payouts.approve(payout.id()));
        assertThat(people.as(member.username(), () -> claimQueries.get(claim.id())).state()).isEqualTo(ClaimState.APPROVED);
        BatchView gathered = people.as("admin", () -> batches.gather());
        BatchView batch = people.as("admin", () -> batches.send(gathered.id()));
        String result = "reference,status,reason\n" + payout.reference() + ",PAID,\n";
        people.as("admin", () -> bankResults.importResults(batch.id(), result.getBytes(StandardCharsets.UTF_8)));

        ClaimView paid = people.as(member.username(), () -> claimQueries.get(claim.id()));
        assertThat(paid.state()).isEqualTo(ClaimState.PAID);
        assertThat(paid.paidAt()).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'MutualAidClaim' "
                + "and entity_id = ? and action = 'PAID'", Integer.class, String.valueOf(claim.id()))).isEqualTo(1);
    }
}
