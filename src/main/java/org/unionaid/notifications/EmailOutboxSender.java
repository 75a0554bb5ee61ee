package org.unionaid.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.shared.jobs.JobRuns;

/**
 * Sends pending e-mails from the outbox. Runs on one instance at a time (ShedLock); each e-mail is
 * claimed with {@code FOR UPDATE SKIP LOCKED} and marked sent in its own transaction, so a crash sends an
 * e-mail at most once more, never loses it. Failures are retried later, up to {@code maxAttempts}.
 */
@Component
public class EmailOutboxSender {

    private static final Logger log = LoggerFactory.getLogger(EmailOutboxSender.class);

    private final JdbcTemplate jdbc;
    private final JavaMailSender mail;
    private final NotificationProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final JobRuns runs;

    EmailOutboxSender(JdbcTemplate jdbc, JavaMailSender mail, NotificationProperties properties,
                      TransactionTemplate tx, Clock clock, JobRuns runs) {
        this.runs = runs;
        this.jdbc = jdbc;
        this.mail = mail;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${unionaid.notifications.outbox-interval:30s}",
            initialDelayString = "${unionaid.notifications.outbox-initial-delay:30s}")
    @SchedulerLock(name = "email-outbox", lockAtMostFor = "10m", lockAtLeastFor = "5s")
    public void sendPendingOnSchedule() {
        if (properties.sendEmail()) {
            runs.record("email-outbox", this::sendPending);
        }
    }

    /** Sends what is due now; returns how many were sent. */
    public int sendPending() {
        int sent = 0;
        for (int i = 0; i < properties.outboxBatchSize(); i++) {
            Boolean result = tx.execute(status -> sendOne());
            if (result == null) {
                break;
            }
            if (result) {
                sent++;
            }
        }
        return sent;
    }

    /** null when nothing is due; true when sent; false when it failed and was rescheduled. */
    private Boolean sendOne() {
        List<Pending> due = jdbc.query("""
                select id, recipient, subject, body, attempts from email_outbox
                 where sent_at is null and attempts < ? and next_attempt_at <= ?
                 order by next_attempt_at, id limit 1 for update skip locked""",
                (rs, n) -> new Pending(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("body"), rs.getInt("attempts")),
                properties.maxAttempts(), Timestamp.from(clock.instant()));
        if (due.isEmpty()) {
            return null;
        }
        Pending email = due.get(0);
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(properties.mailFrom());
            message.setTo(email.recipient());
            message.setSubject(email.subject());
            message.setText(email.body());
            mail.send(message);
            jdbc.update("update email_outbox set sent_at = ?, attempts = attempts + 1, last_error = null where id = ?",
                    Timestamp.from(clock.instant()), email.id());
            return true;
        } catch (MailException e) {
            // neither the address nor the server's message (which often repeats it): that is in email_outbox.last_error
            log.warn("E-mail {} failed (attempt {}): {}", email.id(), email.attempts() + 1, e.getClass().getSimpleName());
            long delaySeconds = properties.retryDelay().toSeconds() * (1L << Math.min(email.attempts(), 6));
            jdbc.update("""
                    update email_outbox set attempts = attempts + 1, last_error = ?,
                           next_attempt_at = ? where id = ?""",
                    String.valueOf(e.getMessage()), Timestamp.from(clock.instant().plusSeconds(delaySeconds)), email.id());
            return false;
        }
    }

    private record Pending(long id, String recipient, String subject, String body, int attempts) {
    }
}
