package org.unionaid.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.unionaid.shared.metrics.CachedFigures;

/**
 * The e-mail outbox's backlog (docs/operations.md, "Metrics"), the same on every instance and read at most once
 * per {@code unionaid.metrics.cache-ttl}: e-mails waiting to be sent ({@code unionaid_email_outbox_pending}),
 * e-mails given up after the last attempt ({@code unionaid_email_outbox_failed}), and the age in seconds of the
 * oldest waiting one ({@code unionaid_email_outbox_oldest_age_seconds}; 0 when none waits). One query over the
 * unsent rows' partial index, counting at most {@value #CAP} of them.
 */
@Component
class OutboxMetrics implements MeterBinder {

    static final int CAP = 100_000;

    record Figures(long pending, long failed, @Nullable Instant oldestPending) {
    }

    private final CachedFigures<Figures> figures;
    private final Clock clock;

    OutboxMetrics(JdbcTemplate jdbc, NotificationProperties properties, Clock clock,
                  @Value(CachedFigures.TTL_PROPERTY) Duration ttl) {
        this.clock = clock;
        this.figures = new CachedFigures<>("e-mail outbox", ttl, () -> jdbc.queryForObject("""
                select count(*) filter (where attempts < ?), count(*) filter (where attempts >= ?),
                       min(created_at) filter (where attempts < ?)
                  from (select attempts, created_at from email_outbox where sent_at is null limit ?) unsent""",
                (rs, n) -> {
                    Timestamp oldest = rs.getTimestamp(3);
                    return new Figures(rs.getLong(1), rs.getLong(2), oldest == null ? null : oldest.toInstant());
                }, properties.maxAttempts(), properties.maxAttempts(), properties.maxAttempts(), CAP));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("unionaid.email.outbox.pending", figures, f -> f.figure(Figures::pending))
                .description("E-mails in the outbox waiting to be sent (counted up to " + CAP + ")")
                .strongReference(true).register(registry);
        Gauge.builder("unionaid.email.outbox.failed", figures, f -> f.figure(Figures::failed))
                .description("E-mails in the outbox given up after the last attempt")
                .strongReference(true).register(registry);
        Gauge.builder("unionaid.email.outbox.oldest.age", figures, f -> f.figure(this::oldestAgeSeconds))
                .description("Age of the oldest e-mail waiting to be sent").baseUnit("seconds")
                .strongReference(true).register(registry);
    }

    private double oldestAgeSeconds(Figures f) {
        Instant oldest = f.oldestPending();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds());
    }
}
