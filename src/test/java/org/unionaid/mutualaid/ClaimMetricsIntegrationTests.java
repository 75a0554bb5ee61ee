package org.unionaid.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.support.Today;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.time.Times;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.PrometheusScrape;
import org.unionaid.users.Users;

/**
 * The review queue on /actuator/prometheus: a submitted claim joins the claims waiting for a reviewer, a decided
 * one leaves them; the oldest waiting claim's age counts from its submission day.
 */
class ClaimMetricsIntegrationTests extends IntegrationTestSupport {

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
    Users users;
    @Autowired
    Times times;

    TestPeople people;
    TestClaims data;

    @BeforeEach
    void setUp() {
        people = new TestPeople(registry, userDetails, jdbc);
        data = new TestClaims(people, plans, enrolments, claims, users, jdbc, confirmations);
    }

    @Test
    void aSubmittedClaimJoinsTheQueueAndADecidedOneLeavesIt() throws Exception {
        LocalDate today = Today.date();
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        TestClaims.Member member = data.member(plan, today.minusDays(100));
        PrometheusScrape before = PrometheusScrape.of(port);

        ClaimView claim = data.submitted(member, TestClaims.claim(plan, today.minusDays(10), 3, "3000.00", "0.00"));
        PrometheusScrape submitted = PrometheusScrape.of(port);
        assertThat(submitted.value("unionaid_claims_waiting")).isEqualTo(before.value("unionaid_claims_waiting") + 1);
        assertThat(submitted.value("unionaid_claims", "state", "SUBMITTED"))
                .isEqualTo(before.value("unionaid_claims", "state", "SUBMITTED") + 1);
        assertThat(submitted.value("unionaid_claims_waiting_oldest_age_seconds")).isPositive();
        LocalDate oldest = jdbc.queryForObject("select min(submitted_on) from mutualaid_claim "
                + "where state in ('SUBMITTED', 'IN_REVIEW')", LocalDate.class);
        double expectedAge = Duration.between(oldest.atStartOfDay(times.zone()).toInstant(), times.now()).toSeconds();
        assertThat(submitted.value("unionaid_claims_waiting_oldest_age_seconds"))
                .isBetween(expectedAge - 60, expectedAge + 60);

        people.as("reviewer", () -> claims.approve(claim.id(), null, null));
        PrometheusScrape decided = PrometheusScrape.of(port);
        assertThat(decided.value("unionaid_claims_waiting")).isEqualTo(before.value("unionaid_claims_waiting"));
        assertThat(decided.value("unionaid_claims", "state", "APPROVED"))
                .isEqualTo(before.value("unionaid_claims", "state", "APPROVED") + 1);
    }
}
