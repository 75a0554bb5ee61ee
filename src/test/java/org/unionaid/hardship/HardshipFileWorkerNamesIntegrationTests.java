package org.unionaid.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.branches.BranchLevel;
import org.unionaid.branches.Branches;
import org.unionaid.branches.Branches.CreateBranch;
import org.unionaid.branches.BranchView;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.people.WorkerDetails;
import org.unionaid.people.WorkerView;
import org.unionaid.support.IntegrationTestSupport;

/**
 * The files list sorts by a copy of the primary worker's name on the file (the registry owns the name): a rename
 * in the registry moves the file in the sorted list and shows the new name in the same commit, and a rename that
 * rolls back leaves the copy as it was.
 */
class HardshipFileWorkerNamesIntegrationTests extends IntegrationTestSupport {

    @Autowired
    HardshipFiles files;

    @Autowired
    People people;

    @Autowired
    org.unionaid.people.Households households;

    @Autowired
    Branches branches;

    @Autowired
    UserDetailsService users;

    @Autowired
    TransactionTemplate tx;

    TestFiles test;

    @BeforeEach
    void setUp() {
        test = new TestFiles(new TestPeople(people, users, jdbc), people, households, files, jdbc);
    }

    @Test
    void aRenamedWorkerShowsTheNewNameInTheFilesListAndSortsByIt() {
        String code = "NM" + System.nanoTime() % 1_000_000_000L;
        BranchView union = newUnionUnderYanta(code);
        String prefix = "序" + (System.nanoTime() % 1_000_000L);
        openFileFor(code, prefix + "B");
        long b = openFileFor(code, prefix + "C");
        openFileFor(code, prefix + "D");
        HardshipFileFilter ofTheUnion = new HardshipFileFilter(null, null, null, null, null, union.id());
        assertThat(names(ofTheUnion, Sort.Direction.ASC)).containsExactly(prefix + "B", prefix + "C", prefix + "D");

        rename(b, prefix + "A");

        assertThat(names(ofTheUnion, Sort.Direction.ASC)).containsExactly(prefix + "A", prefix + "B", prefix + "D");
        assertThat(names(ofTheUnion, Sort.Direction.DESC)).containsExactly(prefix + "D", prefix + "B", prefix + "A");
        assertThat(jdbc.queryForObject("select primary_worker_name from hardship_file where primary_worker_id = ?",
                String.class, b)).isEqualTo(prefix + "A");
        long fileOfB = jdbc.queryForObject("select id from hardship_file where primary_worker_id = ?", Long.class, b);
        assertThat(test.people.as("caseworker", () -> files.get(fileOfB)).workerName()).isEqualTo(prefix + "A");
        // a later change of the file (JPA saves the whole row) keeps the registry's name
        TestConsents.sign(jdbc, fileOfB);
        test.people.as("caseworker", () -> files.submitForReview(fileOfB));
        assertThat(names(ofTheUnion, Sort.Direction.ASC)).containsExactly(prefix + "A", prefix + "B", prefix + "D");
    }

    @Test
    void aRenameThatRollsBackLeavesTheCopyAsItWas() {
        String code = "NR" + System.nanoTime() % 1_000_000_000L;
        newUnionUnderYanta(code);
        String name = "回滚" + (System.nanoTime() % 1_000_000L);
        long worker = openFileFor(code, name);

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            rename(worker, name + "改");
            assertThat(jdbc.queryForObject("select primary_worker_name from hardship_file where primary_worker_id = ?",
                    String.class, worker)).isEqualTo(name + "改");
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");

        assertThat(jdbc.queryForObject("select primary_worker_name from hardship_file where primary_worker_id = ?",
                String.class, worker)).isEqualTo(name);
    }

    private BranchView newUnionUnderYanta(String code) {
        long yanta = test.people.branch("SN-XA-YT");
        String region = jdbc.queryForObject("select region_code from branch where id = ?", String.class, yanta);
        return test.people.as("sysadmin", () -> branches.create(new CreateBranch(yanta, code, "排序测试工会" + code,
                null, BranchLevel.GRASSROOTS, region)));
    }

    private long openFileFor(String branchCode, String name) {
        long worker = test.worker("caseworker", branchCode, "6000.00");
        rename(worker, name);
        test.people.as("caseworker", () -> files.open(TestFiles.command(worker)));
        return worker;
    }

    private void rename(long workerId, String name) {
        test.people.as("caseworker", () -> {
            WorkerView w = people.get(workerId);
            return people.update(workerId, w.version(), new WorkerDetails(null, name, w.phone(), w.address(),
                    w.employerName(), w.branch().id(), w.unionMemberSince(), w.employmentForm(),
                    w.socialInsuranceMonths(), null, w.workerType()));
        });
    }

    private List<String> names(HardshipFileFilter filter, Sort.Direction direction) {
        return test.people.as("caseworker", () -> files.search(filter, PageRequest.of(0, 20,
                Sort.by(direction, "workerName")))).getContent().stream().map(HardshipFileSummary::workerName)
                .toList();
    }
}
