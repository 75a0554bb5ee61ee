package org.unionaid.payouts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.unionaid.shared.BusinessRuleException;

/**
 * The money side of funding sources, in SQL. Each move is one conditional UPDATE whose row count is checked,
 * so two transactions can never both take the last of a budget: the second one's UPDATE waits for the first's
 * row lock, then sees the new amounts and matches no row. The CHECK constraints of V100 back this up. Each move
 * also appends a row to funding_movement. Amounts are always read from the table (never from a cached entity).
 */
@Component
class FundingLedger {

    static final String INSUFFICIENT = "payout.funding.insufficient";

    private final JdbcTemplate jdbc;

    FundingLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void pledged(long sourceId, BigDecimal amount, String actor) {
        movement(sourceId, null, "PLEDGE", amount, actor);
    }

    /** Commits {@code amount} on the source, or refuses with {@link #INSUFFICIENT} when not enough is available. */
    void commit(long sourceId, long payoutId, BigDecimal amount, String actor) {
        int rows = jdbc.update("""
                update funding_source set committed = committed + ?, version = version + 1
                 where id = ? and allocated - committed - paid >= ?""", amount, sourceId, amount);
        if (rows != 1) {
            FundingSourceView source = find(sourceId).orElseThrow(() -> new FundingSourceNotFoundException(sourceId));
            throw new BusinessRuleException(INSUFFICIENT, source.name(), source.available().toPlainString(),
                    amount.toPlainString());
        }
        movement(sourceId, payoutId, "COMMIT", amount, actor);
    }

    /** Gives back a commitment (cancellation, failure). */
    void release(long sourceId, long payoutId, BigDecimal amount, String actor) {
        int rows = jdbc.update("""
                update funding_source set committed = committed - ?, version = version + 1
                 where id = ? and committed >= ?""", amount, sourceId, amount);
        if (rows != 1) {
            throw new IllegalStateException("funding source " + sourceId + " has less committed than " + amount);
        }
        movement(sourceId, payoutId, "RELEASE", amount, actor);
    }

    /** Moves a commitment to paid. */
    void pay(long sourceId, long payoutId, BigDecimal amount, String actor) {
        int rows = jdbc.update("""
                update funding_source set committed = committed - ?, paid = paid + ?, version = version + 1
                 where id = ? and committed >= ?""", amount, amount, sourceId, amount);
        if (rows != 1) {
            throw new IllegalStateException("funding source " + sourceId + " has less committed than " + amount);
        }
        movement(sourceId, payoutId, "PAY", amount, actor);
    }

    Optional<FundingSourceView> find(long sourceId) {
        return jdbc.query(SELECT + " where id = ?", ROW, sourceId).stream().findFirst();
    }

    List<FundingSourceView> ofProgramme(long programmeId) {
        return jdbc.query(SELECT + " where programme_id = ? order by id", ROW, programmeId);
    }

    /**
     * Sums per programme over the sources of the branches matching the subtree pattern and of the branches
     * above (whose path is a prefix of {@code ownPath}) — the sources a staff user may see.
     */
    List<ProgrammeBudgetUse> useByProgramme(String subtreePattern, String ownPath) {
        return jdbc.query("""
                select s.programme_id, sum(s.allocated) allocated, sum(s.committed) committed, sum(s.paid) paid
                  from funding_source s join branch b on b.id = s.branch_id
                 where b.path like ? or ? like b.path || '%'
                 group by s.programme_id order by s.programme_id""",
                (rs, i) -> {
                    java.math.BigDecimal allocated = rs.getBigDecimal("allocated");
                    java.math.BigDecimal committed = rs.getBigDecimal("committed");
                    java.math.BigDecimal paid = rs.getBigDecimal("paid");
                    return new ProgrammeBudgetUse(rs.getLong("programme_id"), new BudgetUse(allocated, committed, paid,
                            allocated.subtract(committed).subtract(paid)));
                }, subtreePattern, ownPath);
    }

    List<FundingSourceView> ofPartner(long partnerUserId) {
        return jdbc.query(SELECT + " where partner_user_id = ? order by id", ROW, partnerUserId);
    }

    /** The branch of each source, for scoping. */
    long branchOf(long sourceId) {
        Long branch = jdbc.queryForObject("select branch_id from funding_source where id = ?", Long.class, sourceId);
        return branch == null ? -1 : branch;
    }

    private void movement(long sourceId, @Nullable Long payoutId, String kind, BigDecimal amount, String actor) {
        jdbc.update("""
                insert into funding_movement (funding_source_id, payout_id, kind, amount, actor)
                values (?, ?, ?, ?, ?)""", sourceId, payoutId, kind, amount, actor);
    }

    private static final String SELECT = """
            select id, programme_id, kind, name, partner_user_id, allocated, committed, paid from funding_source""";

    private static final RowMapper<FundingSourceView> ROW = (rs, i) -> {
        BigDecimal allocated = rs.getBigDecimal("allocated");
        BigDecimal committed = rs.getBigDecimal("committed");
        BigDecimal paid = rs.getBigDecimal("paid");
        return new FundingSourceView(rs.getLong("id"), rs.getLong("programme_id"),
                FundingSourceKind.valueOf(rs.getString("kind")), rs.getString("name"),
                (Long) rs.getObject("partner_user_id"), allocated, committed, paid,
                allocated.subtract(committed).subtract(paid));
    };
}
