package org.unionaid.appeals;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.notifications.Notice;
import org.unionaid.notifications.Notifications;
import org.unionaid.shared.jobs.JobRuns;
import org.unionaid.shared.time.Times;
import org.unionaid.users.UserSummary;
import org.unionaid.users.Users;

/**
 * Tells the staff who decide an appeal that it is waiting: when it is lodged, the deciders of the nearest branch
 * covering the appeal's branch that has any (the grassroots or district office, not the whole province); when it
 * is past its due day, once, those and the deciders one level above them (the escalation), by a daily job on one
 * instance at a time (ShedLock). The staff member who made the refusal is never told: they may not decide it.
 */
@Component
public class AppealReminders {

    private static final Logger log = LoggerFactory.getLogger(AppealReminders.class);

    private final Users users;
    private final Notifications notifications;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Times times;
    private final JobRuns runs;

    AppealReminders(Users users, Notifications notifications, JdbcTemplate jdbc, TransactionTemplate tx, Times times,
                    JobRuns runs) {
        this.users = users;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.tx = tx;
        this.times = times;
        this.runs = runs;
    }

    /** In the lodging transaction: the nearest deciders are told there is an appeal to decide. */
    void lodged(long appealId, String reference, AppealSubjectType type, String subjectReference, long branchId,
                String refusedBy, LocalDate dueOn) {
        for (UserSummary user : users.nearestWithRolesCovering(branchId, type.deciders(), 1, refusedBy)) {
            notifications.notify(new Notice(user.id(), "APPEAL_LODGED", "appeal.notification.lodged",
                    List.of(reference, subjectReference, dueOn.toString()), "/appeals/" + appealId, true));
        }
    }

    @Scheduled(cron = "${unionaid.appeals.overdue-reminder-cron:0 45 7 * * *}")
    @SchedulerLock(name = "appeals-overdue-reminders", lockAtMostFor = "30m", lockAtLeastFor = "1m")
    public void remindOnSchedule() {
        int sent = runs.record("appeals-overdue-reminders", this::remindOverdue);
        if (sent > 0) {
            log.info("Reminded the deciders of {} overdue appeals", sent);
        }
    }

    /**
     * Every OPEN appeal past its due day whose deciders were not reminded yet: its deciders and those one level
     * above are told, and the appeal is marked, in one transaction per appeal. Returns the number of appeals.
     */
    public int remindOverdue() {
        LocalDate today = times.today();
        List<Overdue> overdue = jdbc.query("""
                select id, reference, subject_type, subject_reference, branch_id, refused_by, due_on from appeal
                 where state = 'OPEN' and overdue_reminded_on is null and due_on < ?
                 order by due_on, id""",
                (rs, n) -> new Overdue(rs.getLong("id"), rs.getString("reference"),
                        AppealSubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject_reference"),
                        rs.getLong("branch_id"), rs.getString("refused_by"), rs.getDate("due_on").toLocalDate()),
                Date.valueOf(today));
        int reminded = 0;
        for (Overdue appeal : overdue) {
            Boolean done = tx.execute(status -> {
                int claimed = jdbc.update("""
                        update appeal set overdue_reminded_on = ?
                         where id = ? and state = 'OPEN' and overdue_reminded_on is null""",
                        Date.valueOf(today), appeal.id());
                if (claimed == 0) {
                    return false;
                }
                for (UserSummary user : users.nearestWithRolesCovering(appeal.branchId(), appeal.type().deciders(), 2, appeal.refusedBy())) {
                    notifications.notify(new Notice(user.id(), "APPEAL_OVERDUE", "appeal.notification.overdue",
                            List.of(appeal.reference(), appeal.subjectReference(), appeal.dueOn().toString()),
                            "/appeals/" + appeal.id(), true));
                }
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                reminded++;
            }
        }
        return reminded;
    }

    private record Overdue(long id, String reference, AppealSubjectType type, String subjectReference, long branchId,
                           String refusedBy, LocalDate dueOn) {
    }
}
