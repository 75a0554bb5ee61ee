package org.unionaid.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.hardship.HardshipFileCause;
import org.unionaid.hardship.HardshipFileLevel;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.hardship.HardshipFiles.FilingAnswers;
import org.unionaid.hardship.HardshipFiles.OpenFile;
import org.unionaid.people.HouseholdDetails;
import org.unionaid.people.Households;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.Today;
import org.unionaid.users.Users;

/**
 * The relapse watch: a mutual-aid claim approved above {@code unionaid.hardship.relapse-watch.claim-amount} (10,000)
 * raises a review task on the worker's file in monitoring, and on no other.
 */
class RelapseWatchClaimIntegrationTests extends IntegrationTestSupport {

    @Autowired
    EnrolmentConfirmations confirmations;
    @Autowired
    People registry;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    MutualAidPlans plans;
    @Autowired
    Enrolments enrolments;
    @Autowired
    Claims claims;
    @Autowired
    Users users;
    @Autowired
    Households households;
    @Autowired
    HardshipFiles files;

    TestPeople people;
    TestClaims data;

    @BeforeEach
    void setUp() {
        people = new TestPeople(registry, userDetails, jdbc);
        data = new TestClaims(people, plans, enrolments, claims, users, jdbc, confirmations);
    }

    private long fileIn(long workerId, String state) {
        long fileId = people.as("caseworker", () -> {
            households.updateHousehold(workerId, new HouseholdDetails(null, new BigDecimal("6000.00"), BigDecimal.ZERO));
            return files.open(new OpenFile(workerId, null, FilingAnswers.none(), null, HardshipFileLevel.CITY,
                    HardshipFileCause.ILLNESS, Set.of(), null));
        }).id();
        jdbc.update("update hardship_file set state = ?, exited_on = current_date - 30, "
                + "monitoring_ends_on = current_date + 300 where id = ?", state, fileId);
        return fileId;
    }

    private List<String> tasks(long fileId) {
        return jdbc.queryForList("select trigger_kind || ' ' || detail from file_review_task where file_id = ?",
                String.class, fileId);
    }

    @Test
    void aLargeApprovedClaimRaisesATaskOnAMonitoredFileAndNotOnAnActiveOneNorBelowTheAmount() {
        LocalDate today = Today.date();
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        TestClaims.Member monitored = data.member(plan, today.minusDays(300));
        TestClaims.Member active = data.member(plan, today.minusDays(300));
        TestClaims.Member small = data.member(plan, today.minusDays(300));
        long monitoredFile = fileIn(monitored.workerId(), "MONITORING");
        long activeFile = fileIn(active.workerId(), "ACTIVE");
        long smallFile = fileIn(small.workerId(), "MONITORING");

        // (30,000 - 1,000) × 60 % = 17,400.00 granted; 5,000 gives 2,400.00
        ClaimView large = data.submitted(monitored, TestClaims.claim(plan, today.minusDays(10), 3, "30000.00", "0.00",
                TestClaims.invoice()));
        people.as("reviewer", () -> claims.approve(large.id(), null, null));
        ClaimView activeClaim = data.submitted(active, TestClaims.claim(plan, today.minusDays(10), 3, "30000.00",
                "0.00", TestClaims.invoice()));
        people.as("reviewer", () -> claims.approve(activeClaim.id(), null, null));
        ClaimView smallClaim = data.submitted(small, TestClaims.claim(plan, today.minusDays(10), 3, "5000.00", "0.00",
                TestClaims.invoice()));
        people.as("reviewer", () -> claims.approve(smallClaim.id(), null, null));

        assertThat(tasks(monitoredFile)).singleElement().satisfies(t -> assertThat(t)
                .startsWith("RELAPSE_CLAIM").contains(large.reference(), "17,400.00"));
        assertThat(tasks(activeFile)).isEmpty();
        assertThat(tasks(smallFile)).isEmpty();
    }
}
