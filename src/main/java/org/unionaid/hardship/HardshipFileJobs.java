package org.unionaid.hardship;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.unionaid.shared.jobs.JobRuns;

/**
 * Moves files on by date: PUBLIC_NOTICE files whose notice ended become ACTIVE, MONITORING files whose
 * monitoring ended are CLOSED. One instance at a time (ShedLock); each file in its own transaction that
 * checks the state again, so a run repeated or overlapping with a caseworker's action changes nothing twice.
 */
@Component
public class HardshipFileJobs {

    private static final Logger log = LoggerFactory.getLogger(HardshipFileJobs.class);

    private final HardshipFileDeadlines files;
    private final JobRuns runs;

    HardshipFileJobs(HardshipFileDeadlines files, JobRuns runs) {
        this.files = files;
        this.runs = runs;
    }

    @Scheduled(cron = "${unionaid.hardship.file-jobs-cron:0 10 * * * *}")
    @SchedulerLock(name = "hardship-file-dates", lockAtMostFor = "30m", lockAtLeastFor = "10s")
    public void runOnSchedule() {
        runs.record("hardship-file-dates", this::runOnce);
    }

    /** One run now (tests call it directly); returns how many files were activated and closed. */
    public Result runOnce() {
        int activated = 0;
        for (Long id : files.noticeEnded()) {
            activated += attempt(() -> files.activateIfNoticeEnded(id), id);
        }
        int closed = 0;
        for (Long id : files.monitoringEnded()) {
            closed += attempt(() -> files.closeIfMonitoringEnded(id), id);
        }
        if (activated + closed > 0) {
            log.info("Hardship files: {} activated after their notice, {} closed after monitoring", activated, closed);
        }
        return new Result(activated, closed);
    }

    private static int attempt(java.util.function.BooleanSupplier step, long id) {
        try {
            return step.getAsBoolean() ? 1 : 0;
        } catch (RuntimeException e) {
            // another instance or a caseworker changed the file meanwhile: the next run sees its new state
            // the rule's code or the exception's type: a message may carry a value of the file
            log.warn("Hardship file {} not moved on: {}", id,
                    e instanceof org.unionaid.shared.BusinessRuleException rule ? rule.code() : e.getClass().getName());
            return 0;
        }
    }

    public record Result(int activated, int closed) {
    }
}
