package org.unionaid.mutualaid;

import java.math.BigDecimal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.unionaid.shared.Money;

/**
 * What each member was granted per plan and year. {@link #lock} takes the row lock (creating the row first), so
 * two approvals for one member wait for each other and the second sees what the first granted; {@link #add}
 * runs in the same transaction. The CHECK constraints keep the figures non-negative.
 */
@Component
class AnnualAccumulators {

    private final JdbcTemplate jdbc;

    AnnualAccumulators(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Totals(BigDecimal granted, int claims) {
    }

    Totals lock(long workerId, long planId, int year) {
        jdbc.update("""
                insert into mutualaid_accumulator (worker_id, plan_id, year) values (?, ?, ?)
                on conflict (worker_id, plan_id, year) do nothing""", workerId, planId, year);
        return jdbc.queryForObject("""
                select granted, claims from mutualaid_accumulator
                 where worker_id = ? and plan_id = ? and year = ? for update""",
                (rs, i) -> new Totals(rs.getBigDecimal("granted"), rs.getInt("claims")), workerId, planId, year);
    }

    /** Without a lock, for showing the figures before a decision. */
    Totals peek(long workerId, long planId, int year) {
        return jdbc.query("select granted, claims from mutualaid_accumulator where worker_id = ? and plan_id = ? and year = ?",
                (rs, i) -> new Totals(rs.getBigDecimal("granted"), rs.getInt("claims")), workerId, planId, year)
                .stream().findFirst().orElse(new Totals(Money.ZERO, 0));
    }

    void add(long workerId, long planId, int year, BigDecimal granted) {
        int rows = jdbc.update("""
                update mutualaid_accumulator set granted = granted + ?, claims = claims + 1
                 where worker_id = ? and plan_id = ? and year = ?""", granted, workerId, planId, year);
        if (rows != 1) {
            throw new IllegalStateException("accumulator row missing for worker " + workerId);
        }
    }
}
