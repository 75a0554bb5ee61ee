package org.unionaid.hardship;

import java.math.BigDecimal;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.unionaid.hardship.HardshipFiles.FilingAnswers;
import org.unionaid.hardship.HardshipFiles.OpenFile;
import org.unionaid.people.HouseholdDetails;
import org.unionaid.people.Households;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.people.WorkerView;

/** Test data for hardship files: fresh workers with a household income, files opened and moved on. */
class TestFiles {

    final TestPeople people;
    final People registry;
    final Households households;
    final HardshipFiles files;
    final JdbcTemplate jdbc;

    TestFiles(TestPeople people, People registry, Households households, HardshipFiles files, JdbcTemplate jdbc) {
        this.people = people;
        this.registry = registry;
        this.households = households;
        this.files = files;
        this.jdbc = jdbc;
    }

    /** A fresh worker of the branch with a one-person household earning {@code annualIncome} a year. */
    long worker(String caseworker, String branchCode, String annualIncome) {
        WorkerView worker = people.register(caseworker, TestPeople.freshName("档案"), branchCode);
        people.as(caseworker, () -> households.updateHousehold(worker.id(),
                new HouseholdDetails(null, new BigDecimal(annualIncome), BigDecimal.ZERO)));
        return worker.id();
    }

    /** Opens a DEEP file (income 6000 a year: 500 a month, below every demo standard) as the caseworker. */
    HardshipFileView open(String caseworker, String branchCode) {
        long workerId = worker(caseworker, branchCode, "6000.00");
        HardshipFileView file = people.as(caseworker, () -> files.open(command(workerId)));
        TestConsents.sign(jdbc, file.id());
        return file;
    }

    /** A fresh DRAFT file without a means-test consent. */
    HardshipFileView openWithoutConsent(String caseworker, String branchCode) {
        long workerId = worker(caseworker, branchCode, "6000.00");
        return people.as(caseworker, () -> files.open(command(workerId)));
    }

    static OpenFile command(long workerId) {
        return new OpenFile(workerId, null, FilingAnswers.none(), null, HardshipFileLevel.CITY,
                HardshipFileCause.ILLNESS, Set.of(HardshipFileCause.UNEMPLOYMENT), null);
    }

    /** Puts a file into a state directly (with dates that let every date-bound action proceed). */
    void force(long id, HardshipFileState state) {
        jdbc.update("""
                update hardship_file set state = ?, notice_ends_on = current_date - 1,
                       monitoring_ends_on = current_date - 1, exited_on = current_date - 400,
                       cancel_reason_code = case when ? = 'CANCELLED' then 'DEATH' end where id = ?""",
                state.name(), state.name(), id);
    }

    String state(long id) {
        return jdbc.queryForObject("select state from hardship_file where id = ?", String.class, id);
    }

    int historyRows(long id) {
        Integer n = jdbc.queryForObject("select count(*) from file_transition where file_id = ?", Integer.class, id);
        return n == null ? 0 : n;
    }

    int auditRows(long id) {
        Integer n = jdbc.queryForObject("select count(*) from audit_event where entity_type = 'HardshipFile' "
                + "and entity_id = ?", Integer.class, String.valueOf(id));
        return n == null ? 0 : n;
    }
}
