package org.unionaid.programmes;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.unionaid.shared.metrics.CachedFigures;

/**
 * Applications to programmes per state ({@code unionaid_applications}; docs/operations.md, "Metrics"), the same
 * on every instance: summed from the summary {@code programme_application_state_total} (V210, kept by
 * triggers), read at most once per {@code unionaid.metrics.cache-ttl}.
 */
@Component
class ApplicationMetrics implements MeterBinder {

    private final CachedFigures<Map<ApplicationState, Long>> figures;

    ApplicationMetrics(JdbcTemplate jdbc, @Value(CachedFigures.TTL_PROPERTY) Duration ttl) {
        this.figures = new CachedFigures<>("applications by state", ttl, () -> {
            Map<ApplicationState, Long> counts = new EnumMap<>(ApplicationState.class);
            jdbc.query("select state, sum(applications) from programme_application_state_total group by state",
                    rs -> {
                        counts.put(ApplicationState.valueOf(rs.getString(1)), rs.getLong(2));
                    });
            return counts;
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ApplicationState state : ApplicationState.values()) {
            Gauge.builder("unionaid.applications", figures, f -> f.figure(m -> m.getOrDefault(state, 0L)))
                    .description("Applications to programmes in this state (all branches, from the database)")
                    .tag("state", state.name()).strongReference(true).register(registry);
        }
    }
}
