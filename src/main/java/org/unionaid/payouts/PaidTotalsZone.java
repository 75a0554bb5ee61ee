package org.unionaid.payouts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.shared.time.Times;

/**
 * The summary of money paid per month ({@code payout_paid_total}, V192) counts months in the zone stored with
 * it; when the application starts with another {@code unionaid.time-zone}, the summary is rebuilt in that zone
 * (one recount of the paid payouts, under a lock), so the dashboard's months are always the configured zone's.
 */
@Component
class PaidTotalsZone {

    private static final Logger log = LoggerFactory.getLogger(PaidTotalsZone.class);

    private final JdbcTemplate jdbc;
    private final Times times;

    PaidTotalsZone(JdbcTemplate jdbc, Times times) {
        this.jdbc = jdbc;
        this.times = times;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void matchTheConfiguredZone() {
        String zone = times.zone().getId();
        String stored = jdbc.queryForObject("select zone from summary_time_zone", String.class);
        if (!zone.equals(stored)) {
            log.info("Rebuilding the money-paid summary in zone {} (it was built in {})", zone, stored);
            jdbc.queryForList("select payout_paid_total_rebuild(?)", zone);
        }
    }
}
