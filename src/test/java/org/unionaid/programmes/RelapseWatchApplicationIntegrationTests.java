package org.unionaid.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.payouts.Funding;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.support.IntegrationTestSupport;

/** The relapse watch: an application for hardship-related aid raises a review task on a file in monitoring. */
class RelapseWatchApplicationIntegrationTests extends IntegrationTestSupport {

    @Autowired
    People people;
    @Autowired
    org.unionaid.people.Households households;
    @Autowired
    UserDetailsService users;
    @Autowired
    HardshipFiles files;
    @Autowired
    Programmes programmes;
    @Autowired
    Applications applications;
    @Autowired
    Funding funding;

    TestProgrammes test;

    @BeforeEach
    void setUp() {
        test = new TestProgrammes(new TestPeople(people, users, jdbc), people, households, files, programmes, applications,
                funding, jdbc);
    }

    private ProgrammeView programme(ProgrammeKind kind) {
        ProgrammeDetails cash = TestProgrammes.cash("救助", List.of(), List.of(), List.of(), "500");
        return test.create(new ProgrammeDetails(cash.name(), kind, 0, "", cash.periodStart(), cash.periodEnd(),
                cash.applyFrom(), cash.applyTo(), cash.whoMayApply(), cash.form(), false, cash.baseAmount(), null, null,
                null, 5, List.of(), List.of(), List.of()));
    }

    private long fileIn(long workerId, String state) {
        test.file(workerId);
        long fileId = jdbc.queryForObject("select id from hardship_file where primary_worker_id = ?", Long.class,
                workerId);
        jdbc.update("update hardship_file set state = ?, exited_on = current_date - 30, "
                + "monitoring_ends_on = current_date + 300 where id = ?", state, fileId);
        return fileId;
    }

    private List<String> tasks(long fileId) {
        return jdbc.queryForList("select trigger_kind || ' ' || detail from file_review_task where file_id = ?",
                String.class, fileId);
    }

    @Test
    void anApplicationForHardshipAidRaisesATaskOnAMonitoredFileOnly() {
        ProgrammeView medical = programme(ProgrammeKind.MEDICAL_RELIEF);
        ProgrammeView other = programme(ProgrammeKind.EMPLOYMENT_SUBSIDY);
        long monitoredWorker = test.worker(40);
        long monitored = fileIn(monitoredWorker, "MONITORING");
        long activeWorker = test.worker(41);
        long active = fileIn(activeWorker, "ACTIVE");

        ApplicationView application = test.nominate(medical.id(), monitoredWorker, null, List.of());
        test.nominate(medical.id(), activeWorker, null, List.of());
        assertThat(tasks(monitored)).singleElement().satisfies(t -> assertThat(t)
                .startsWith("RELAPSE_APPLICATION").contains(application.reference(), medical.name()));
        assertThat(tasks(active)).isEmpty();

        // a programme that is not hardship aid raises nothing
        long otherWorker = test.worker(42);
        long otherFile = fileIn(otherWorker, "MONITORING");
        test.nominate(other.id(), otherWorker, null, List.of());
        assertThat(tasks(otherFile)).isEmpty();
    }
}
