package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.branches.BranchManagement;
import org.unionaid.shared.security.Actors;

/**
 * Statistics per plan and branch subtree, computed in the database. Members and contributions count by the
 * employer's branch, claims by the claim's branch; always within the caller's own subtree.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR', 'CLAIMS_REVIEWER')")
public class MutualAidStatistics {

    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("10000.00");
    static final int TOP = 20;

    private final JdbcTemplate jdbc;
    private final BranchManagement branches;

    MutualAidStatistics(JdbcTemplate jdbc, BranchManagement branches) {
        this.jdbc = jdbc;
        this.branches = branches;
    }

    /**
     * @param planId   one plan, or null for all
     * @param branchId a branch inside the caller's subtree, or null for the whole subtree
     */
    public StatisticsView of(@Nullable Long planId, @Nullable Long branchId, @Nullable BigDecimal threshold) {
        long scopeBranch = Actors.required().branchId();
        if (branchId != null && !branches.covers(scopeBranch, branchId)) {
            throw new org.unionaid.branches.BranchNotFoundException(branchId);
        }
        String pattern = branches.scopeOf(branchId != null ? branchId : scopeBranch).likePattern();
        BigDecimal limit = threshold == null ? DEFAULT_THRESHOLD : threshold;

        List<Object> args = new ArrayList<>(List.of(pattern));
        String planEnrolment = "";
        String planClaim = "";
        if (planId != null) {
            planEnrolment = " and e.plan_id = ?";
            planClaim = " and c.plan_id = ?";
            args.add(planId);
        }
        Object[] a = args.toArray();
        Map<String, Object> enrolled = jdbc.queryForMap("""
                select count(distinct e.worker_id) members, coalesce(sum(e.contribution), 0) contributions
                  from mutualaid_enrolment e join branch b on b.id = e.employer_branch_id
                 where b.path like ?""" + planEnrolment, a);
        Map<ClaimState, Long> byState = new EnumMap<>(ClaimState.class);
        for (ClaimState s : ClaimState.values()) {
            byState.put(s, 0L);
        }
        String claimsFrom = " from mutualaid_claim c join branch b on b.id = c.branch_id where b.path like ?" + planClaim;
        jdbc.query("select c.state, count(*) n" + claimsFrom + " group by c.state",
                rs -> {
                    byState.put(ClaimState.valueOf(rs.getString("state")), rs.getLong("n"));
                }, a);
        Map<String, Object> amounts = jdbc.queryForMap("""
                select coalesce(sum(c.approved_amount) filter (where c.state in ('APPROVED', 'PAID')), 0) approved,
                       coalesce(sum(c.approved_amount) filter (where c.state = 'PAID'), 0) paid,
                       count(*) filter (where c.state = 'PAID') paid_claims,
                       coalesce(max(c.approved_amount) filter (where c.state in ('APPROVED', 'PAID')), 0) largest,
                       count(*) filter (where c.state <> 'DRAFT') claims""" + claimsFrom, a);
        List<Object> overArgs = new ArrayList<>(args);
        overArgs.add(limit);
        Long over = jdbc.queryForObject("""
                select count(*) from (select c.worker_id""" + claimsFrom + " " + """
                 and c.state in ('APPROVED', 'PAID') group by c.worker_id having sum(c.approved_amount) > ?) t""",
                Long.class, overArgs.toArray());
        List<Object> topArgs = new ArrayList<>(args);
        topArgs.add(TOP);
        List<StatisticsView.MemberClaims> top = jdbc.query("""
                select c.worker_id, w.name, min(wb.name) branch_name, count(*) n,
                       coalesce(sum(c.approved_amount) filter (where c.state in ('APPROVED', 'PAID')), 0) granted
                  from mutualaid_claim c join branch b on b.id = c.branch_id join worker w on w.id = c.worker_id
                  join branch wb on wb.id = w.branch_id
                 where b.path like ?""" + planClaim + " " + """
                 and c.state <> 'DRAFT' group by c.worker_id, w.name order by n desc, granted desc, c.worker_id limit ?""",
                (rs, i) -> new StatisticsView.MemberClaims(rs.getLong("worker_id"), rs.getString("name"),
                        rs.getString("branch_name"), rs.getLong("n"), rs.getBigDecimal("granted")), topArgs.toArray());
        return new StatisticsView(((Number) enrolled.get("members")).longValue(),
                (BigDecimal) enrolled.get("contributions"), byState, ((Number) amounts.get("claims")).longValue(),
                (BigDecimal) amounts.get("approved"), (BigDecimal) amounts.get("paid"),
                ((Number) amounts.get("paid_claims")).longValue(), (BigDecimal) amounts.get("largest"), limit,
                over == null ? 0 : over, top);
    }
}
