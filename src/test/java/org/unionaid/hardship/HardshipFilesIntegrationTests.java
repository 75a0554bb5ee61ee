package org.unionaid.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.support.Today;
import org.unionaid.hardship.HardshipFiles.FilingAnswers;
import org.unionaid.hardship.HardshipFiles.OpenFile;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.support.IntegrationTestSupport;

class HardshipFilesIntegrationTests extends IntegrationTestSupport {

    @Autowired
    HardshipFiles files;

    @Autowired
    HardshipFileJobs jobs;

    @Autowired
    People people;

    @Autowired
    org.unionaid.people.Households households;

    @Autowired
    UserDetailsService users;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    TestFiles test;

    @BeforeEach
    void setUp() {
        test = new TestFiles(new TestPeople(people, users, jdbc), people, households, files, jdbc);
    }

    private <T> T as(String user, java.util.function.Supplier<T> action) {
        return test.people.as(user, action);
    }

    @Test
    void openingStoresTheHouseholdAndEligibilitySnapshotOfTheFilingDate() {
        HardshipFileView file = test.open("caseworker", "SN-XA-YT");
        assertThat(file.state()).isEqualTo(HardshipFileState.DRAFT);
        assertThat(file.origin()).isEqualTo(HardshipFileOrigin.NEW);
        assertThat(file.suggestedCategory()).isEqualTo(HardshipCategory.DEEP);
        assertThat(file.category()).isEqualTo(HardshipCategory.DEEP);
        assertThat(file.perCapitaIncome()).isEqualByComparingTo("500.00");
        assertThat(file.minLivingStandard()).isEqualByComparingTo("870.00");
        assertThat(file.reasonKey()).isEqualTo("eligibility.reason.deep");
        assertThat(file.fileNumber()).startsWith("SN-XA-YT-" + Today.date().getYear() + "-");
        assertThat(file.secondaryCauses()).containsExactly(HardshipFileCause.UNEMPLOYMENT);
        assertThat(file.history()).singleElement().extracting(FileTransitionView::action)
                .isEqualTo(HardshipFileAction.OPEN);
        assertThat(test.auditRows(file.id())).isEqualTo(1);
        Map<String, Object> row = jdbc.queryForMap("select household_size, annual_income, per_capita_income, "
                + "rule_set_id, caseworker_name from hardship_file where id = ?", file.id());
        assertThat(row.get("household_size")).isEqualTo(1);
        assertThat((BigDecimal) row.get("annual_income")).isEqualByComparingTo("6000.00");
        assertThat(row.get("caseworker_name")).isEqualTo("caseworker");
    }

    @Test
    void aSecondOpenFileForTheSameHouseholdIsRefused() {
        long worker = test.worker("caseworker", "SN-XA-YT", "6000.00");
        as("caseworker", () -> files.open(TestFiles.command(worker)));
        assertThatThrownBy(() -> as("caseworker", () -> files.open(TestFiles.command(worker))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("hardshipFile.household.alreadyOpen"));
    }

    @Test
    void aCancelledFileLetsTheHouseholdBeFiledAgain() {
        long worker = test.worker("caseworker", "SN-XA-YT", "6000.00");
        HardshipFileView first = as("caseworker", () -> files.open(TestFiles.command(worker)));
        as("caseworker", () -> files.cancel(first.id(), HardshipFileCancelReason.NOT_ELIGIBLE, "核实有误"));
        HardshipFileView second = as("caseworker", () -> files.open(TestFiles.command(worker)));
        assertThat(second.id()).isNotEqualTo(first.id());
    }

    @Test
    void anotherCategoryThanTheSuggestedNeedsAReason() {
        long worker = test.worker("caseworker", "SN-XA-YT", "6000.00");
        OpenFile relative = new OpenFile(worker, null, FilingAnswers.none(), HardshipCategory.RELATIVE,
                HardshipFileLevel.CITY, HardshipFileCause.ILLNESS, Set.of(), "  ");
        assertThatThrownBy(() -> as("caseworker", () -> files.open(relative)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("hardshipFile.override.reasonRequired"));
        OpenFile withReason = new OpenFile(worker, null, FilingAnswers.none(), HardshipCategory.RELATIVE,
                HardshipFileLevel.CITY, HardshipFileCause.ILLNESS, Set.of(), "家中有稳定赡养人");
        HardshipFileView file = as("caseworker", () -> files.open(withReason));
        assertThat(file.category()).isEqualTo(HardshipCategory.RELATIVE);
        assertThat(file.suggestedCategory()).isEqualTo(HardshipCategory.DEEP);
        assertThat(file.overrideReason()).isEqualTo("家中有稳定赡养人");
    }

    @Test
    void anExclusionAnsweredYesBlocksFilingWithItsReason() {
        long worker = test.worker("caseworker", "SN-XA-YT", "6000.00");
        OpenFile command = new OpenFile(worker, null, new FilingAnswers(false, null, Set.of("SECOND_HOME")), null,
                HardshipFileLevel.CITY, HardshipFileCause.ILLNESS, Set.of(), null);
        assertThatThrownBy(() -> as("caseworker", () -> files.open(command)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("hardshipFile.exclusion.blocks");
                    assertThat(e.args()[0].toString()).containsAnyOf("第二套住房", "second home");
                });
        assertThat(jdbc.queryForObject("select count(*) from hardship_file where primary_worker_id = ?",
                Integer.class, worker)).isZero();
    }

    @Test
    void theFilingPreviewShowsTheStandardInForceAndTheSuggestion() {
        long worker = test.worker("caseworker2", "SN-BJ-WB", "12000.00");
        HardshipFilePreview preview = as("caseworker2", () -> files.preview(worker, FilingAnswers.none()));
        // Baoji has no rules of its own: the province's apply
        assertThat(preview.assessment().regionName()).isEqualTo("陕西省");
        assertThat(preview.assessment().minLivingStandard()).isEqualByComparingTo("780.00");
        assertThat(preview.assessment().suggestedCategory()).isEqualTo(HardshipCategory.RELATIVE);
        assertThat(preview.assessment().perCapitaMonthlyIncome()).isEqualByComparingTo("1000.00");
        assertThat(preview.exclusions()).extracting(RuleSetView.Exclusion::code).contains("SECOND_HOME");
    }

    /** Which actions each state allows; everything else must be refused. */
    private static final Map<HardshipFileAction, Set<HardshipFileState>> LEGAL = new EnumMap<>(Map.of(
            HardshipFileAction.SUBMIT_FOR_REVIEW, EnumSet.of(HardshipFileState.DRAFT),
            HardshipFileAction.START_PUBLIC_NOTICE, EnumSet.of(HardshipFileState.IN_REVIEW),
            HardshipFileAction.RAISE_OBJECTION, EnumSet.of(HardshipFileState.PUBLIC_NOTICE),
            HardshipFileAction.ACTIVATE_AFTER_NOTICE, EnumSet.of(HardshipFileState.PUBLIC_NOTICE),
            HardshipFileAction.EXIT, EnumSet.of(HardshipFileState.ACTIVE),
            HardshipFileAction.REOPEN_AFTER_RELAPSE, EnumSet.of(HardshipFileState.MONITORING),
            HardshipFileAction.CLOSE, EnumSet.of(HardshipFileState.MONITORING),
            HardshipFileAction.CANCEL, EnumSet.complementOf(EnumSet.of(HardshipFileState.CLOSED,
                    HardshipFileState.CANCELLED))));

    private Map<HardshipFileAction, LongConsumer> actions() {
        return new EnumMap<>(Map.of(
                HardshipFileAction.SUBMIT_FOR_REVIEW, id -> files.submitForReview(id),
                HardshipFileAction.START_PUBLIC_NOTICE, id -> files.startPublicNotice(id),
                HardshipFileAction.RAISE_OBJECTION, id -> files.raiseObjection(id, "邻居反映有房产"),
                HardshipFileAction.ACTIVATE_AFTER_NOTICE, id -> files.activateAfterNotice(id),
                HardshipFileAction.EXIT, id -> files.exit(id, "已稳定就业"),
                HardshipFileAction.REOPEN_AFTER_RELAPSE, id -> files.reopenAfterRelapse(id, "再次失业"),
                HardshipFileAction.CLOSE, id -> files.close(id),
                HardshipFileAction.CANCEL, id -> files.cancel(id, HardshipFileCancelReason.MOVED_AWAY, "迁往外省")));
    }

    @Test
    void everyIllegalTransitionIsRefusedAndEveryLegalOneWritesOneHistoryAndOneAuditRow() {
        long id = test.open("caseworker", "SN-XA-YT").id();
        List<String> failures = new ArrayList<>();
        for (HardshipFileState state : HardshipFileState.values()) {
            for (Map.Entry<HardshipFileAction, LongConsumer> action : actions().entrySet()) {
                test.force(id, state);
                int history = test.historyRows(id);
                int audits = test.auditRows(id);
                boolean legal = LEGAL.get(action.getKey()).contains(state);
                String label = state + " × " + action.getKey();
                try {
                    as("caseworker", () -> {
                        action.getValue().accept(id);
                        return null;
                    });
                    if (!legal) {
                        failures.add(label + " was allowed");
                    }
                    // exiting also starts the monitoring: two transitions
                    int expected = action.getKey() == HardshipFileAction.EXIT ? 2 : 1;
                    if (test.historyRows(id) - history != expected || test.auditRows(id) - audits != expected) {
                        failures.add(label + " wrote " + (test.historyRows(id) - history) + " history and "
                                + (test.auditRows(id) - audits) + " audit rows");
                    }
                } catch (BusinessRuleException e) {
                    if (legal) {
                        failures.add(label + " was refused: " + e.code());
                    } else if (!e.code().equals("hardshipFile.transition.illegal")
                            || e.args()[0] != state || e.args()[1] != action.getKey()) {
                        failures.add(label + " refused with " + e.code());
                    } else if (test.historyRows(id) != history || test.auditRows(id) != audits) {
                        failures.add(label + " refused but wrote rows");
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theWholeJourneyFromDraftToClosedWithAnObjectionAndARelapse() {
        long id = test.open("caseworker", "SN-XA-YT").id();
        as("caseworker", () -> files.submitForReview(id));
        HardshipFileView notice = as("admin", () -> files.startPublicNotice(id));
        assertThat(notice.state()).isEqualTo(HardshipFileState.PUBLIC_NOTICE);
        assertThat(notice.noticeEndsOn()).isEqualTo(Today.date().plusDays(7));
        HardshipFileView objected = as("caseworker", () -> files.raiseObjection(id, "群众异议"));
        assertThat(objected.state()).isEqualTo(HardshipFileState.IN_REVIEW);
        assertThat(objected.noticeEndsOn()).isNull();
        as("caseworker", () -> files.startPublicNotice(id));
        assertThatThrownBy(() -> as("caseworker", () -> files.activateAfterNotice(id)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("hardshipFile.notice.notEnded"));
        jdbc.update("update hardship_file set notice_ends_on = current_date - 1 where id = ?", id);
        jobs.runOnce();
        assertThat(test.state(id)).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("select next_review_due from hardship_file where id = ?", LocalDate.class, id))
                .isEqualTo(Today.date().plusYears(1));
        HardshipFileView monitoring = as("caseworker", () -> files.exit(id, "子女毕业就业，收入稳定"));
        assertThat(monitoring.state()).isEqualTo(HardshipFileState.MONITORING);
        assertThat(monitoring.exitedOn()).isEqualTo(Today.date());
        assertThat(monitoring.monitoringEndsOn()).isEqualTo(Today.date().plusMonths(12));
        HardshipFileView relapsed = as("caseworker", () -> files.reopenAfterRelapse(id, "再次患病"));
        assertThat(relapsed.state()).isEqualTo(HardshipFileState.ACTIVE);
        assertThat(relapsed.origin()).isEqualTo(HardshipFileOrigin.RELAPSED);
        assertThat(relapsed.history()).extracting(FileTransitionView::action).containsExactly(
                HardshipFileAction.OPEN, HardshipFileAction.SUBMIT_FOR_REVIEW,
                HardshipFileAction.START_PUBLIC_NOTICE, HardshipFileAction.RAISE_OBJECTION,
                HardshipFileAction.START_PUBLIC_NOTICE, HardshipFileAction.ACTIVATE_AFTER_NOTICE,
                HardshipFileAction.EXIT, HardshipFileAction.START_MONITORING,
                HardshipFileAction.REOPEN_AFTER_RELAPSE);
        assertThat(relapsed.history().get(5).actor()).isEqualTo("system");
        as("caseworker", () -> files.exit(id, "再次解困"));
        jdbc.update("update hardship_file set monitoring_ends_on = current_date where id = ?", id);
        assertThat(jobs.runOnce().closed()).isGreaterThanOrEqualTo(1);
        assertThat(test.state(id)).isEqualTo("CLOSED");
    }

    @Test
    void theJobActivatesOnlyFilesWhoseNoticeEndedAndIsIdempotent() {
        long ended = test.open("caseworker", "SN-XA-YT").id();
        long running = test.open("caseworker", "SN-XA-YT").id();
        for (long id : new long[] {ended, running}) {
            as("caseworker", () -> files.submitForReview(id));
            as("caseworker", () -> files.startPublicNotice(id));
        }
        jdbc.update("update hardship_file set notice_started_on = current_date - 8, notice_ends_on = current_date - 1 "
                + "where id = ?", ended);
        jobs.runOnce();
        assertThat(test.state(ended)).isEqualTo("ACTIVE");
        assertThat(test.state(running)).isEqualTo("PUBLIC_NOTICE");
        int history = test.historyRows(ended);
        jobs.runOnce();
        assertThat(test.historyRows(ended)).isEqualTo(history);
        assertThat(jdbc.queryForObject("select actor from audit_event where entity_type = 'HardshipFile' "
                + "and entity_id = ? and action = 'ACTIVATE_AFTER_NOTICE'", String.class, String.valueOf(ended)))
                .isEqualTo("system");
    }

    @Test
    void theJobClosesOnlyFilesWhoseMonitoringEnded() {
        long ended = test.open("caseworker", "SN-XA-YT").id();
        long running = test.open("caseworker", "SN-XA-YT").id();
        for (long id : new long[] {ended, running}) {
            test.force(id, HardshipFileState.ACTIVE);
            as("caseworker", () -> files.exit(id, "收入稳定"));
        }
        jdbc.update("update hardship_file set monitoring_ends_on = current_date - 1 where id = ?", ended);
        jobs.runOnce();
        assertThat(test.state(ended)).isEqualTo("CLOSED");
        assertThat(test.state(running)).isEqualTo("MONITORING");
    }

    @Test
    void aConcurrentDoubleSubmitIsAppliedOnce() throws Exception {
        long id = test.open("caseworker", "SN-XA-YT").id();
        java.util.concurrent.CountDownLatch firstFlushed = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<Throwable> secondFailure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread first = new Thread(() -> tx.executeWithoutResult(status -> as("caseworker", () -> {
            files.submitForReview(id);
            firstFlushed.countDown();
            try {
                // the second request loads the file and waits for this transaction's row lock meanwhile
                Thread.sleep(700);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        })));
        Thread second = new Thread(() -> {
            try {
                firstFlushed.await();
                as("caseworker", () -> files.submitForReview(id));
            } catch (Throwable e) {
                secondFailure.set(e);
            }
        });
        first.start();
        second.start();
        first.join();
        second.join();
        assertThat(secondFailure.get()).isNotNull()
                .isInstanceOfAny(org.springframework.orm.ObjectOptimisticLockingFailureException.class,
                        BusinessRuleException.class);
        assertThat(test.state(id)).isEqualTo("IN_REVIEW");
        assertThat(jdbc.queryForObject("select count(*) from file_transition where file_id = ? "
                + "and action = 'SUBMIT_FOR_REVIEW'", Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'HardshipFile' "
                + "and entity_id = ? and action = 'SUBMIT_FOR_REVIEW'", Integer.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void aCaseworkerOfAnotherCityCannotSeeOrMoveAFile() {
        long id = test.open("caseworker", "SN-XA-YT").id();
        assertThatThrownBy(() -> as("caseworker2", () -> files.get(id)))
                .isInstanceOf(HardshipFileNotFoundException.class);
        assertThatThrownBy(() -> as("caseworker2", () -> files.submitForReview(id)))
                .isInstanceOf(HardshipFileNotFoundException.class);
        assertThat(as("caseworker2", () -> files.search(HardshipFileFilter.none(),
                org.springframework.data.domain.PageRequest.of(0, 100))).getContent())
                .allSatisfy(f -> assertThat(f.branchName()).doesNotContain("雁塔"))
                .extracting(HardshipFileSummary::id).doesNotContain(id);
        assertThat(as("admin", () -> files.get(id)).id()).isEqualTo(id);
        assertThatThrownBy(() -> as("auditor", () -> files.submitForReview(id)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
