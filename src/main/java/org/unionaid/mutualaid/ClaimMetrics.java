package org.unionaid.mutualaid;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.unionaid.shared.metrics.CachedFigures;

/**
 * The mutual-aid claims' business metrics (docs/operations.md, "Metrics"), the same on every instance and read at
 * most once per {@code unionaid.metrics.cache-ttl}: claims per state ({@code unionaid_claims}, from the summary
 * {@code mutualaid_claim_total}, V190), the review queue — claims waiting for a reviewer, SUBMITTED or IN_REVIEW
 * ({@code unionaid_claims_waiting}) — and the age in seconds of the oldest of them, counted from the start of its
 * submission day in the application's zone ({@code unionaid_claims_waiting_oldest_age_seconds}; 0 when none
 * waits), two index lookups on {@code mutualaid_claim_queue_idx}.
 */
@Component
class ClaimMetrics implements MeterBinder {

    static final ClaimState[] WAITING = {ClaimState.SUBMITTED, ClaimState.IN_REVIEW};

    record Figures(Map<ClaimState, Long> claims, @Nullable LocalDate oldestWaiting) {

        long waiting() {
            long n = 0;
            for (ClaimState state : WAITING) {
                n += claims.getOrDefault(state, 0L);
            }
            return n;
        }
    }

    private final CachedFigures<Figures> figures;
    private final Clock clock;

    ClaimMetrics(JdbcTemplate jdbc, Clock clock, @Value(CachedFigures.TTL_PROPERTY) Duration ttl) {
        this.clock = clock;
        this.figures = new CachedFigures<>("claims", ttl, () -> read(jdbc));
    }

    private static Figures read(JdbcTemplate jdbc) {
        Map<ClaimState, Long> claims = new EnumMap<>(ClaimState.class);
        jdbc.query("select state, sum(claims) from mutualaid_claim_total group by state",
                rs -> {
                    claims.put(ClaimState.valueOf(rs.getString(1)), rs.getLong(2));
                });
        // one min() per state: each is the first entry of the (state, submitted_on) index
        Date oldest = jdbc.queryForObject("""
                select least((select min(submitted_on) from mutualaid_claim where state = 'SUBMITTED'),
                             (select min(submitted_on) from mutualaid_claim where state = 'IN_REVIEW'))""",
                Date.class);
        return new Figures(claims, oldest == null ? null : oldest.toLocalDate());
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ClaimState state : ClaimState.values()) {
            Gauge.builder("unionaid.claims", figures, f -> f.figure(s -> s.claims().getOrDefault(state, 0L)))
                    .description("Mutual-aid claims in this state (all branches, from the database)")
                    .tag("state", state.name()).strongReference(true).register(registry);
        }
        Gauge.builder("unionaid.claims.waiting", figures, f -> f.figure(Figures::waiting))
                .description("Mutual-aid claims waiting for a reviewer (SUBMITTED or IN_REVIEW)")
                .strongReference(true).register(registry);
        Gauge.builder("unionaid.claims.waiting.oldest.age", figures, f -> f.figure(this::oldestAgeSeconds))
                .description("Age of the oldest claim waiting for a reviewer, from the start of its submission day")
                .baseUnit("seconds").strongReference(true).register(registry);
    }

    private double oldestAgeSeconds(Figures f) {
        LocalDate oldest = f.oldestWaiting();
        if (oldest == null) {
            return 0;
        }
        return Math.max(0, Duration.between(oldest.atStartOfDay(clock.getZone()).toInstant(), clock.instant())
                .toSeconds());
    }
}
