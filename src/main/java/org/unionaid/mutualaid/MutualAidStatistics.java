package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.branches.Branches;
import org.unionaid.people.People;
import org.unionaid.people.WorkerName;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.sql.CappedCount;
import org.unionaid.shared.Money;

/**
 * Statistics per plan and branch subtree, read from the summary tables the triggers of V190 keep in the same
 * transaction as every claim and enrolment change: never an aggregate over the claims or enrolments per view.
 * Members and contributions count by the employer's branch, claims by the claim's branch; always within the
 * caller's own subtree. Every filter (plan, branch, threshold) is a key or an indexed range of a summary; the
 * count of members over the threshold stops at {@link CappedCount#CAP}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR', 'CLAIMS_REVIEWER')")
public class MutualAidStatistics {

    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("10000.00");
    static final int TOP = 20;
    /** The plan key of the summaries' rows over every plan. */
    static final long EVERY_PLAN = 0;

    // The statements, public for the benchmark's EXPLAIN (HotQueriesBenchmark).

    /** Enrolments of the scope: members and contributions from the branch rows of the plan key. */
    public static final String MEMBERS = """
            select coalesce(sum(t.members), 0) members, coalesce(sum(t.contributions), 0) contributions
              from mutualaid_enrolment_total t join branch b on b.id = t.branch_id
             where b.path like ? and t.plan_id = ?""";
    /** Workers enrolled by several branches of the scope, counted once each by MEMBERS' branch rows too often. */
    public static final String MEMBERS_COUNTED_TWICE = """
            select coalesce(sum(n - 1), 0) from (select s.worker_id, count(*) n from mutualaid_member_spread s
              join branch b on b.id = s.branch_id where b.path like ? group by s.worker_id) x""";
    /** Claims of the scope per state: count, approved sum, largest approved amount. */
    public static final String CLAIMS = """
            select t.state, sum(t.claims) claims, sum(t.approved) approved, max(t.largest) largest
              from mutualaid_claim_total t join branch b on b.id = t.branch_id
             where b.path like ?%s group by t.state""";
    /** Members over the threshold whose claims lie in one branch: one summary row each, an index range. */
    public static final String OVER = CappedCount.sql("""
            from mutualaid_claimant_total t
             where t.plan_id = ? and not t.spread and t.granted > ? and t.branch_path like ?""");
    /** The top claimants whose claims lie in one branch, walked in the ranking's index order. */
    public static final String TOP_SINGLE = """
            select t.worker_id, t.claims, t.granted from mutualaid_claimant_total t
             where t.plan_id = ? and not t.spread and t.branch_path like ?
             order by t.claims desc, t.granted desc, t.worker_id limit ?""";
    /** Claimants with claims in several branches (rare): their figures within the scope, added up. */
    public static final String SPREAD = """
            select t.worker_id, sum(t.claims) claims, sum(t.granted) granted from mutualaid_claimant_total t
             where t.plan_id = ? and t.spread and t.branch_path like ? group by t.worker_id""";

    private final JdbcTemplate jdbc;
    private final Branches branches;
    private final People people;

    MutualAidStatistics(JdbcTemplate jdbc, Branches branches, People people) {
        this.jdbc = jdbc;
        this.branches = branches;
        this.people = people;
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
        long planKey = planId == null ? EVERY_PLAN : planId;

        Map<String, Object> enrolled = jdbc.queryForMap(MEMBERS, pattern, planKey);
        long members = ((Number) enrolled.get("members")).longValue();
        if (planId == null) {
            Long twice = jdbc.queryForObject(MEMBERS_COUNTED_TWICE, Long.class, pattern);
            members -= twice == null ? 0 : twice;
        }

        Map<ClaimState, Long> byState = new EnumMap<>(ClaimState.class);
        for (ClaimState s : ClaimState.values()) {
            byState.put(s, 0L);
        }
        BigDecimal[] approved = {Money.ZERO};
        BigDecimal[] paid = {Money.ZERO};
        BigDecimal[] largest = {Money.ZERO};
        Object[] claimArgs = planId == null ? new Object[] {pattern} : new Object[] {pattern, planId};
        jdbc.query(CLAIMS.formatted(planId == null ? "" : " and t.plan_id = ?"), rs -> {
            ClaimState state = ClaimState.valueOf(rs.getString("state"));
            byState.put(state, rs.getLong("claims"));
            if (state == ClaimState.APPROVED || state == ClaimState.PAID) {
                approved[0] = approved[0].add(rs.getBigDecimal("approved"));
                BigDecimal max = rs.getBigDecimal("largest");
                if (max != null && max.compareTo(largest[0]) > 0) {
                    largest[0] = max;
                }
            }
            if (state == ClaimState.PAID) {
                paid[0] = rs.getBigDecimal("approved");
            }
        }, claimArgs);
        long claims = byState.entrySet().stream().filter(e -> e.getKey() != ClaimState.DRAFT)
                .mapToLong(Map.Entry::getValue).sum();

        List<Ranked> spread = jdbc.query(SPREAD, (rs, i) -> new Ranked(rs.getLong("worker_id"), rs.getLong("claims"),
                rs.getBigDecimal("granted")), planKey, pattern);
        Long overSingle = jdbc.queryForObject(OVER, Long.class, planKey, limit, pattern);
        long over = (overSingle == null ? 0 : overSingle)
                + spread.stream().filter(r -> r.granted().compareTo(limit) > 0).count();

        List<Ranked> ranked = new ArrayList<>(jdbc.query(TOP_SINGLE, (rs, i) -> new Ranked(rs.getLong("worker_id"),
                rs.getLong("claims"), rs.getBigDecimal("granted")), planKey, pattern, TOP));
        ranked.addAll(spread);
        ranked.sort(Comparator.comparingLong(Ranked::claims).reversed()
                .thenComparing(Ranked::granted, Comparator.reverseOrder()).thenComparingLong(Ranked::workerId));
        List<Ranked> top = ranked.subList(0, Math.min(TOP, ranked.size()));
        Set<Long> ids = new LinkedHashSet<>();
        top.forEach(r -> ids.add(r.workerId()));
        Map<Long, WorkerName> names = people.namesOf(ids);
        Map<Long, String> branchNames = new HashMap<>();
        List<StatisticsView.MemberClaims> topClaimants = top.stream().map(r -> {
            WorkerName name = names.get(r.workerId());
            String branchName = name == null ? "" : branchNames.computeIfAbsent(name.branchId(),
                    id -> branches.get(id).name());
            return new StatisticsView.MemberClaims(r.workerId(), name == null ? "#" + r.workerId() : name.name(),
                    branchName, r.claims(), r.granted());
        }).toList();

        return new StatisticsView(members, Money.exact((BigDecimal) enrolled.get("contributions")), byState, claims,
                approved[0], paid[0], byState.get(ClaimState.PAID), largest[0], limit, over, topClaimants);
    }

    private record Ranked(long workerId, long claims, BigDecimal granted) {
    }
}
