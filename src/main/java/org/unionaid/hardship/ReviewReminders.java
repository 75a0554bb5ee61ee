package org.unionaid.hardship;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.notifications.Notice;
import org.unionaid.shared.jobs.JobRuns;
import org.unionaid.notifications.Notifications;

/**
 * Tells caseworkers which of their active files are due for the annual review this month (or overdue):
 * an inbox message and an e-mail per file and due date, never twice (table {@code review_reminder}),
 * on one instance at a time (ShedLock). Runs daily, so files that fall due mid-month are caught too.
 */
@Component
public class ReviewReminders {

    private static final Logger log = LoggerFactory.getLogger(ReviewReminders.class);

    private final JdbcTemplate jdbc;
    private final Notifications notifications;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final JobRuns runs;

    ReviewReminders(JdbcTemplate jdbc, Notifications notifications, TransactionTemplate tx, Clock clock,
                    JobRuns runs) {
        this.runs = runs;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${unionaid.hardship.review-reminder-cron:0 30 7 * * *}")
    @SchedulerLock(name = "hardship-review-reminders", lockAtMostFor = "30m", lockAtLeastFor = "1m")
    public void remindOnSchedule() {
        int sent = runs.record("hardship-review-reminders", this::remindDueThisMonth);
        if (sent > 0) {
            log.info("Sent {} review reminders", sent);
        }
    }

    /** Reminds of every active file due by the end of this month not reminded for that due date yet. */
    public int remindDueThisMonth() {
        LocalDate endOfMonth = YearMonth.now(clock).atEndOfMonth();
        List<Due> due = jdbc.query("""
                select f.id, f.file_number, f.caseworker_id, f.next_review_due from hardship_file f
                 where f.state = 'ACTIVE' and f.next_review_due <= ?
                   and not exists (select 1 from review_reminder r
                                    where r.file_id = f.id and r.due_on = f.next_review_due)
                 order by f.next_review_due, f.id""",
                (rs, n) -> new Due(rs.getLong("id"), rs.getString("file_number"), rs.getLong("caseworker_id"),
                        rs.getDate("next_review_due").toLocalDate()),
                Date.valueOf(endOfMonth));
        int sent = 0;
        for (Due file : due) {
            Boolean done = tx.execute(status -> {
                int claimed = jdbc.update("""
                        insert into review_reminder (file_id, due_on) values (?, ?)
                        on conflict do nothing""", file.id(), Date.valueOf(file.dueOn()));
                if (claimed == 0) {
                    return false;
                }
                boolean overdue = file.dueOn().isBefore(LocalDate.now(clock));
                notifications.notify(new Notice(file.caseworkerId(), "REVIEW_DUE",
                        overdue ? "review.notification.overdue" : "review.notification.due",
                        List.of(file.number(), file.dueOn().toString()), "/hardship/files/" + file.id(), true));
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                sent++;
            }
        }
        return sent;
    }

    private record Due(long id, String number, long caseworkerId, LocalDate dueOn) {
    }
}
