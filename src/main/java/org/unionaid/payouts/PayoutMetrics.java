package org.unionaid.payouts;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.unionaid.shared.metrics.CachedFigures;

/**
 * The payouts' business metrics (docs/operations.md, "Metrics"). Gauges, the same on every instance: payouts
 * and their amounts per state ({@code unionaid_payouts}, {@code unionaid_payouts_amount}), summed from the
 * summary {@code payout_state_total} (V211, kept by triggers), read at most once per
 * {@code unionaid.metrics.cache-ttl}. Counters of this instance since it started: payouts approved (the final
 * approval) and paid, and their amounts ({@code unionaid_payouts_approved_total}, {@code …_approved_amount_total},
 * {@code unionaid_payouts_paid_total}, {@code …_paid_amount_total}), tagged by the payout's origin, counted when
 * the transaction that made the change commits. Nothing personal: no payee, no branch.
 */
@Component
class PayoutMetrics implements MeterBinder {

    record StateFigures(Map<PayoutState, Long> payouts, Map<PayoutState, BigDecimal> amounts) {
    }

    private final CachedFigures<StateFigures> figures;
    private final Map<PayoutSourceType, Counter[]> approved = new EnumMap<>(PayoutSourceType.class);
    private final Map<PayoutSourceType, Counter[]> paid = new EnumMap<>(PayoutSourceType.class);

    PayoutMetrics(JdbcTemplate jdbc, @Value(CachedFigures.TTL_PROPERTY) Duration ttl) {
        this.figures = new CachedFigures<>("payouts by state", ttl, () -> read(jdbc));
    }

    private static StateFigures read(JdbcTemplate jdbc) {
        Map<PayoutState, Long> payouts = new EnumMap<>(PayoutState.class);
        Map<PayoutState, BigDecimal> amounts = new EnumMap<>(PayoutState.class);
        jdbc.query("select state, sum(payouts), sum(amount) from payout_state_total group by state", rs -> {
            PayoutState state = PayoutState.valueOf(rs.getString(1));
            payouts.put(state, rs.getLong(2));
            amounts.put(state, rs.getBigDecimal(3));
        });
        return new StateFigures(payouts, amounts);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (PayoutState state : PayoutState.values()) {
            Gauge.builder("unionaid.payouts", figures, f -> f.figure(s -> s.payouts().getOrDefault(state, 0L)))
                    .description("Payouts in this state (all branches, from the database)")
                    .tag("state", state.name()).strongReference(true).register(registry);
            Gauge.builder("unionaid.payouts.amount", figures,
                            f -> f.figure(s -> s.amounts().getOrDefault(state, BigDecimal.ZERO).doubleValue()))
                    .description("Sum of the amounts of the payouts in this state (all branches, from the database)")
                    .tag("state", state.name()).strongReference(true).register(registry);
        }
        for (PayoutSourceType source : PayoutSourceType.values()) {
            String tag = source.name();
            approved.put(source, new Counter[] {
                    Counter.builder("unionaid.payouts.approved").tag("source", tag)
                            .description("Payouts approved (final approval) by this instance since it started")
                            .register(registry),
                    Counter.builder("unionaid.payouts.approved.amount").tag("source", tag)
                            .description("Sum of the amounts of the payouts approved by this instance since it started")
                            .register(registry)});
            paid.put(source, new Counter[] {
                    Counter.builder("unionaid.payouts.paid").tag("source", tag)
                            .description("Payouts paid (bank result or delivery) by this instance since it started")
                            .register(registry),
                    Counter.builder("unionaid.payouts.paid.amount").tag("source", tag)
                            .description("Sum of the amounts of the payouts paid by this instance since it started")
                            .register(registry)});
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PayoutApproved event) {
        count(approved, event.sourceType(), event.amount());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PayoutPaid event) {
        count(paid, event.sourceType(), event.amount());
    }

    private static void count(Map<PayoutSourceType, Counter[]> counters, PayoutSourceType source, BigDecimal amount) {
        Counter[] pair = counters.get(source);
        if (pair != null) {
            pair[0].increment();
            pair[1].increment(amount.doubleValue());
        }
    }
}
