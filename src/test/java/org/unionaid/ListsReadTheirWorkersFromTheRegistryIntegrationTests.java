package org.unionaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.hardship.HardshipFileFilter;
import org.unionaid.hardship.HardshipFileSummary;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.mutualaid.ClaimFilter;
import org.unionaid.mutualaid.ClaimSummary;
import org.unionaid.mutualaid.ClaimQueries;
import org.unionaid.mutualaid.EnrolmentView;
import org.unionaid.mutualaid.Enrolments;
import org.unionaid.payouts.PayoutFilter;
import org.unionaid.payouts.PayoutSummary;
import org.unionaid.payouts.PayoutQueries;
import org.unionaid.people.WorkerDirectory;
import org.unionaid.programmes.ApplicationFilter;
import org.unionaid.programmes.ApplicationSummary;
import org.unionaid.programmes.Applications;
import org.unionaid.support.CountingJdbcTemplate;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.SignedIn;

/**
 * The lists of other modules show their workers as the people registry has them (issue 10: no SQL of theirs
 * joins {@code worker}): every row has its worker's name (and masked ID, account status where shown), and the
 * registry is asked once per page, never once per row.
 */
class ListsReadTheirWorkersFromTheRegistryIntegrationTests extends IntegrationTestSupport {

    @Autowired
    UserDetailsService users;

    @Autowired
    WorkerDirectory directory;

    @Autowired
    HardshipFiles files;

    @Autowired
    PayoutQueries payoutQueries;

    @Autowired
    Applications applications;

    @Autowired
    ClaimQueries claimQueries;

    @Autowired
    Enrolments enrolments;

    @Test
    void theHardshipFilesListShowsEveryRowsWorkerFromOneRegistryRead() {
        for (Sort sort : List.of(Sort.by(Sort.Direction.DESC, "filedOn"), Sort.by("workerName"),
                Sort.by(Sort.Direction.DESC, "workerName"))) {
            List<HardshipFileSummary> rows = onePage("auditor", () -> files.search(HardshipFileFilter.none(),
                    PageRequest.of(0, 20, sort)).getContent());
            rows.forEach(f -> assertThat(f.workerName()).as(f.fileNumber()).isEqualTo(nameOf(f.workerId())));
        }
    }

    @Test
    void thePayoutsListAndTheApprovalQueueShowEveryPayeeAndAccountFromOneRegistryRead() {
        List<PayoutSummary> rows = onePage("admin", () -> payoutQueries.search(PayoutFilter.none(),
                PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "proposedAt"))).getContent());
        rows.forEach(p -> {
            assertThat(p.payeeName()).as(p.reference()).isEqualTo(nameOf(p.payeeWorkerId()));
            assertThat(p.accountStatus().name()).as(p.reference()).isEqualTo(switch (p.form()) {
                case CASH -> jdbc.queryForObject("select payout_account_status from worker where id = ?",
                        String.class, p.payeeWorkerId());
                default -> "OK";
            });
        });
        List<PayoutSummary> queue = SignedIn.as(users, "admin",
                () -> payoutQueries.approvalQueue(PageRequest.of(0, 20)).getContent());
        queue.forEach(p -> assertThat(p.payeeName()).as(p.reference()).isEqualTo(nameOf(p.payeeWorkerId())));
    }

    @Test
    void theApplicationsListShowsEveryApplicantFromOneRegistryRead() {
        List<ApplicationSummary> rows = onePage("admin", () -> applications.search(ApplicationFilter.none(),
                PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "createdAt"))).getContent());
        rows.forEach(a -> assertThat(a.workerName()).as(a.reference()).isEqualTo(nameOf(a.workerId())));
    }

    @Test
    void theClaimsQueueShowsEveryClaimantFromOneRegistryRead() {
        List<ClaimSummary> rows = onePage("reviewer", () -> claimQueries.queue(ClaimFilter.open(), PageRequest.of(0, 20))
                .getContent());
        rows.forEach(c -> assertThat(c.workerName()).as(c.reference()).isEqualTo(jdbc.queryForObject(
                "select w.name from mutualaid_claim c join worker w on w.id = c.worker_id where c.id = ?",
                String.class, c.id())));
    }

    @Test
    void theEmployersEnrolmentsShowEveryMembersNameAndMaskedIdFromOneRegistryRead() {
        List<EnrolmentView> rows = onePage("employer", () -> enrolments.ofMyOrganisation());
        rows.forEach(e -> {
            assertThat(e.workerName()).isEqualTo(nameOf(e.workerId()));
            assertThat(e.nationalIdMasked()).isEqualTo(jdbc.queryForObject(
                    "select national_id_masked from worker where id = ?", String.class, e.workerId()));
        });
    }

    /** Runs the list call and checks that it has rows and asked the registry exactly once for all of them. */
    private <T> List<T> onePage(String user, Supplier<List<T>> call) {
        CountingJdbcTemplate.Counted<List<T>> counted = CountingJdbcTemplate.countingIn(directory, jdbc,
                () -> SignedIn.as(users, user, call));
        assertThat(counted.result()).as("the demo data gives " + user + " a page with several rows").hasSizeGreaterThan(1);
        assertThat(counted.statements()).as("registry reads for a page of " + counted.result().size() + " rows")
                .hasSize(1).allSatisfy(sql -> assertThat(sql).isEqualTo(WorkerDirectory.CARDS_SQL));
        return counted.result();
    }

    private String nameOf(long workerId) {
        return jdbc.queryForObject("select name from worker where id = ?", String.class, workerId);
    }
}
