package org.unionaid.shared.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record of scheduled job runs (table {@code job_run}): a job's body, called inside its {@code @SchedulerLock}
 * method, goes through {@link #record}, so a row says which instance ran which job when, how long it took and what it
 * did. With several instances the rows show each period's run happened once. Rows older than
 * {@link #KEPT} are removed by the runs themselves.
 */
@Component
public class JobRuns {

    static final Duration KEPT = Duration.ofDays(30);

    private static final Logger log = LoggerFactory.getLogger(JobRuns.class);

    private final JdbcTemplate jdbc;
    private final InstanceId instance;
    private final Clock clock;

    JobRuns(JdbcTemplate jdbc, InstanceId instance, Clock clock) {
        this.jdbc = jdbc;
        this.instance = instance;
        this.clock = clock;
    }

    /** Runs {@code body} as one run of {@code job} and records it; a failure is recorded and rethrown. */
    public <T> T record(String job, Supplier<T> body) {
        Long id = jdbc.queryForObject("insert into job_run (job, instance, started_at) values (?, ?, ?) returning id",
                Long.class, job, instance.value(), Timestamp.from(clock.instant()));
        try {
            T result = body.get();
            finish(id, outcome(result), false);
            return result;
        } catch (RuntimeException | Error e) {
            finish(id, e.getClass().getSimpleName(), true);
            throw e;
        }
    }

    private void finish(@Nullable Long id, String outcome, boolean failed) {
        try {
            jdbc.update("update job_run set finished_at = ?, outcome = ?, failed = ? where id = ?",
                    Timestamp.from(clock.instant()), outcome, failed, id);
            jdbc.update("delete from job_run where started_at < ?", Timestamp.from(clock.instant().minus(KEPT)));
        } catch (RuntimeException e) {
            log.warn("Job run {} could not be recorded: {}", id, e.toString());
        }
    }

    private static String outcome(@Nullable Object result) {
        String text = result == null ? "done" : String.valueOf(result);
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
