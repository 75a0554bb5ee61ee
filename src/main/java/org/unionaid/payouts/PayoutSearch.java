package org.unionaid.payouts;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.unionaid.payouts.PayoutQueries.PayoutScope;
import org.unionaid.people.PayoutAccountStatus;
import org.unionaid.people.WorkerCard;
import org.unionaid.people.WorkerDirectory;
import org.unionaid.shared.sql.CappedCount;
import org.unionaid.shared.sql.ListQuery;
import org.unionaid.shared.sql.SqlOrder;
import org.unionaid.shared.sql.SqlWhere;
import org.unionaid.shared.time.Times;
import org.unionaid.users.Users;
import org.unionaid.shared.Money;

/**
 * The payouts lists in plain SQL: scope, filters, sorting and paging in the database. Scope and filters use only
 * the payout row (it carries its branch's path), so the page is chosen by an index before the branch's names are
 * joined for the rows shown; the payees' names and account status come from the people registry's
 * {@link WorkerDirectory}, one query per page (this module's SQL reads only its own tables and {@code branch}).
 * Counts stop at {@link CappedCount#CAP} ("10,000+"); the approval queue's totals come from the per-branch summary
 * {@code payout_queue_total}, kept by a trigger.
 */
@Component
class PayoutSearch {

    /**
     * Scope and filters on the payout row, the branch's names joined for the rows on the page (payees:
     * {@link #payees}); the sorts an index serves (payee and branch names are shown, not sorted on: that would join
     * every row).
     */
    private static final ListQuery PAYOUTS = new ListQuery("""
            select p.id, p.reference, p.source_type, p.source_id, p.branch_id, b.name as branch_name,
                   p.payee_worker_id, p.programme_id, p.form, p.amount, p.item, p.state,
                   p.proposed_by_name, p.proposed_at, (p.first_approved_by is not null and p.state = 'PROPOSED') as awaiting,
                   (p.state = 'PROPOSED' and exists (select 1 from payout_funding pf
                          join funding_source fs on fs.id = pf.funding_source_id
                         where pf.payout_id = p.id and pf.amount > fs.allocated - fs.committed - fs.paid)) as funding_short""",
            " from payout p", "p", """
             join branch b on b.id = p.branch_id
            """,
            new SqlOrder(Map.of(
                    "proposedAt", "p.proposed_at",
                    "reference", "p.reference",
                    "amount", "p.amount",
                    "state", "p.state"), "p.proposed_at desc", "p.id desc"));

    private final JdbcTemplate jdbc;
    /** Dates of the filter and months are days and months in the application's zone. */
    private final Times times;

    private final Users users;
    private final WorkerDirectory workers;

    PayoutSearch(JdbcTemplate jdbc, Times times, Users users, WorkerDirectory workers) {
        this.users = users;
        this.workers = workers;
        this.jdbc = jdbc;
        this.times = times;
    }

    /**
     * Paid payouts of the branches matching the pattern, paid in the months [from, toExclusive) of the
     * application's zone (both the first day of a month), from the summary {@code payout_paid_total} (V192, kept
     * by triggers in the same transaction as every payment): its rows of the scope's branches, never the payouts.
     */
    List<PaidInMonth> paidByProgrammeAndMonth(String branchPattern, java.time.LocalDate from,
                                              java.time.LocalDate toExclusive) {
        return jdbc.query(PAID_BY_MONTH,
                (rs, i) -> new PaidInMonth(java.time.YearMonth.from(rs.getDate("month").toLocalDate()),
                        rs.getLong("programme_id") == 0 ? null : rs.getLong("programme_id"),
                        PayoutSourceType.valueOf(rs.getString("source_type")), rs.getLong("payouts"),
                        rs.getBigDecimal("amount")),
                branchPattern, java.sql.Date.valueOf(from.withDayOfMonth(1)), java.sql.Date.valueOf(toExclusive));
    }

    static final String PAID_BY_MONTH = """
            select t.month, t.programme_id, t.source_type, sum(t.payouts) as payouts, sum(t.amount) as amount
              from payout_paid_total t join branch b on b.id = t.branch_id
             where b.path like ? and t.month >= ? and t.month < ? and t.payouts > 0
             group by t.month, t.programme_id, t.source_type
             order by t.month, case when t.programme_id = 0 then 1 else 0 end, t.programme_id, t.source_type""";

    Page<PayoutSummary> find(PayoutFilter filter, PayoutScope scope, Pageable pageable) {
        return page(where(filter, scope), pageable, scope);
    }

    List<PayoutSummary> findAll(PayoutFilter filter, PayoutScope scope, Sort sort, int limit) {
        return mask(payees(PAYOUTS.first(jdbc, where(filter, scope), sort, limit, ROW)), scope);
    }

    Page<PayoutSummary> queue(PayoutScope scope, long adminId, Pageable pageable) {
        SqlWhere where = where(PayoutFilter.inState(PayoutState.PROPOSED), scope)
                .and("p.proposed_by <> ? and (p.first_approved_by is null or p.first_approved_by <> ?)", adminId,
                        adminId);
        Pageable oldestFirst = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("proposedAt").ascending());
        return page(where, oldestFirst, scope);
    }

    /**
     * The queue's count and sum: the PROPOSED totals of the scope's branches from the summary table, less the
     * admin's own proposals and those they approved first (few rows, each by its own index).
     */
    QueueTotals queueTotals(PayoutScope scope, long adminId) {
        QueueTotals all = jdbc.queryForObject("""
                select coalesce(sum(t.proposed), 0), coalesce(sum(t.amount), 0)
                  from payout_queue_total t join branch b on b.id = t.branch_id where b.path like ?""",
                (rs, i) -> new QueueTotals(rs.getLong(1), rs.getBigDecimal(2)), scope.branchPattern());
        QueueTotals notMine = jdbc.queryForObject("""
                select count(*), coalesce(sum(p.amount), 0) from payout p
                 where p.state = 'PROPOSED' and p.branch_path like ?
                   and (p.proposed_by = ? or p.first_approved_by = ?)""",
                (rs, i) -> new QueueTotals(rs.getLong(1), rs.getBigDecimal(2)), scope.branchPattern(), adminId,
                adminId);
        return new QueueTotals(all.count() - notMine.count(), Money.exact(all.sum().subtract(notMine.sum())));
    }

    private Page<PayoutSummary> page(SqlWhere where, Pageable pageable, PayoutScope scope) {
        return PAYOUTS.page(jdbc, where, pageable, ROW, rows -> mask(payees(rows), scope));
    }

    private SqlWhere where(PayoutFilter filter, PayoutScope scope) {
        SqlWhere where = scope.partnerUserId() != null
                ? SqlWhere.where("exists (select 1 from payout_funding pf join funding_source s"
                        + " on s.id = pf.funding_source_id where pf.payout_id = p.id and s.partner_user_id = ?)",
                        scope.partnerUserId())
                : SqlWhere.where("p.branch_path like ?", scope.branchPattern());
        return where
                .eq("p.state", filter.state())
                .eq("p.form", filter.form())
                .eq("p.source_type", filter.sourceType())
                .eq("p.programme_id", filter.programmeId())
                .inBranch("p.branch_path", filter.branchId())
                .optional("p.proposed_at >= ?", filter.from() == null ? null
                        : Timestamp.from(times.startOf(filter.from())))
                .optional("p.proposed_at < ?", filter.to() == null ? null : Timestamp.from(times.endOf(filter.to())));
    }

    /**
     * The payees' names and, for cash payouts, whether their account can be paid now: one registry read for the
     * rows (never one per row).
     */
    private List<PayoutSummary> payees(List<PayoutSummary> rows) {
        Map<Long, WorkerCard> cards = workers.cardsOf(rows.stream().map(PayoutSummary::payeeWorkerId).toList());
        return rows.stream().map(r -> {
            WorkerCard payee = cards.get(r.payeeWorkerId());
            PayoutAccountStatus status = r.form() != PayoutKind.CASH ? PayoutAccountStatus.OK
                    : payee == null ? PayoutAccountStatus.MISSING : payee.payoutAccountStatus();
            return new PayoutSummary(r.id(), r.reference(), r.sourceType(), r.sourceId(), r.branchId(),
                    r.branchName(), r.payeeWorkerId(), payee == null ? "?" : payee.name(), r.programmeId(), r.form(),
                    r.amount(), r.item(), r.state(), r.proposedByName(), r.proposedAt(), r.awaitingSecondApproval(),
                    status, r.fundingShort());
        }).toList();
    }

    private static List<PayoutSummary> mask(List<PayoutSummary> rows, PayoutScope scope) {
        if (scope.partnerUserId() == null) {
            return rows;
        }
        return rows.stream().map(r -> new PayoutSummary(r.id(), r.reference(), r.sourceType(), r.sourceId(),
                r.branchId(), r.branchName(), r.payeeWorkerId(), maskName(r.payeeName()), r.programmeId(), r.form(),
                r.amount(), r.item(), r.state(), r.proposedByName(), r.proposedAt(), r.awaitingSecondApproval(),
                r.accountStatus(), r.fundingShort()))
                .toList();
    }

    /** 王秀兰 → 王**: partners see that a person was helped, not who. */
    static String maskName(String name) {
        if (name.isEmpty()) {
            return name;
        }
        int first = name.codePointAt(0);
        return new String(Character.toChars(first)) + "**";
    }

    /** The payee's name and account status (one registry read). */
    Optional<WorkerCard> payee(long workerId) {
        return workers.card(workerId);
    }

    /** Whether the worker's payout account can be paid (kept on the worker row by the people registry). */
    PayoutAccountStatus accountStatus(long workerId) {
        return workers.card(workerId).map(WorkerCard::payoutAccountStatus).orElse(PayoutAccountStatus.MISSING);
    }

    /**
     * Cash payouts approved but unpayable now (their account was removed or invalid), of the scope. The APPROVED
     * cash payouts are the gathering backlog, which the next {@code gather} reads in full anyway: their payees are
     * grouped here ({@code payout_state_idx}), and their account status is read from the registry in one call.
     * Filtering the other way round (the registry's workers without a payable account) would read most of the
     * registry: a worker without any account is MISSING.
     */
    long approvedUnpayable(String branchPattern) {
        Map<Long, Long> perPayee = new java.util.HashMap<>();
        jdbc.query("""
                select p.payee_worker_id, count(*) from payout p
                 where p.branch_path like ? and p.state = 'APPROVED' and p.form = 'CASH'
                 group by p.payee_worker_id""",
                rs -> {
                    perPayee.put(rs.getLong(1), rs.getLong(2));
                }, branchPattern);
        java.util.Set<Long> payable = workers.payable(perPayee.keySet());
        return perPayee.entrySet().stream().filter(e -> !payable.contains(e.getKey())).mapToLong(Map.Entry::getValue)
                .sum();
    }

    boolean workerExists(long workerId) {
        return workers.exists(workerId);
    }

    /** The user account linked to a worker, if any (for notifying the payee). */
    Optional<Long> userOfWorker(long workerId) {
        return users.enabledAccountsOfWorker(workerId).stream().findFirst();
    }

    boolean fundedBy(long payoutId, long partnerUserId) {
        return !jdbc.queryForList("""
                select 1 from payout_funding pf join funding_source s on s.id = pf.funding_source_id
                 where pf.payout_id = ? and s.partner_user_id = ?""", Integer.class, payoutId, partnerUserId).isEmpty();
    }

    private static final RowMapper<PayoutSummary> ROW = (rs, i) -> new PayoutSummary(
            rs.getLong("id"),
            rs.getString("reference"),
            PayoutSourceType.valueOf(rs.getString("source_type")),
            rs.getLong("source_id"),
            rs.getLong("branch_id"),
            rs.getString("branch_name"),
            rs.getLong("payee_worker_id"),
            "", // the payee's name and account status: payees(rows)
            (Long) rs.getObject("programme_id"),
            PayoutKind.valueOf(rs.getString("form")),
            rs.getBigDecimal("amount"),
            rs.getString("item"),
            PayoutState.valueOf(rs.getString("state")),
            rs.getString("proposed_by_name"),
            rs.getTimestamp("proposed_at").toInstant(),
            rs.getBoolean("awaiting"),
            PayoutAccountStatus.OK,
            rs.getBoolean("funding_short"));

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
