package org.unionaid.programmes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.unionaid.payouts.Funding;
import org.unionaid.people.WorkerCard;
import org.unionaid.people.WorkerDirectory;
import org.unionaid.shared.sql.CappedCount;
import org.unionaid.shared.sql.ListQuery;
import org.unionaid.shared.sql.SqlOrder;
import org.unionaid.shared.sql.SqlWhere;
import org.unionaid.users.Users;

/**
 * The applications list in plain SQL: scope, filters, sorting and paging in the database. Staff see their
 * branch subtree; a PARTNER the applications of the programmes they fund, with names masked. Scope and filters
 * use only the application row (it carries its branch's path), the page is chosen before the programme and branch
 * names are joined, the applicants' names come from the people registry's {@link WorkerDirectory} (one query for
 * the page), and the count stops at {@link CappedCount#CAP}.
 */
@Component
class ApplicationSearch {

    /**
     * Scope and filters on the application row, the programme and branch names joined after the page was chosen;
     * the sorts an index serves (names are shown, not sorted on: that would join every row of the scope).
     */
    private static final ListQuery APPLICATIONS = new ListQuery("""
            select a.id, a.reference, a.programme_id, p.name as programme_name, a.worker_id,
                   a.member_name, a.branch_id, b.name as branch_name, a.origin, a.state, a.eligible, a.amount,
                   a.payout_state, a.created_at""",
            " from programme_application a", "a", """
             join programme p on p.id = a.programme_id
             join branch b on b.id = a.branch_id
            """,
            new SqlOrder(Map.of(
                    "createdAt", "a.created_at",
                    "reference", "a.reference",
                    "state", "a.state",
                    "amount", "a.amount"), "a.created_at desc", "a.id desc"));

    /** Staff: a branch path pattern; partner: the funded programmes and masking. */
    record Scope(@Nullable String pathPattern, @Nullable Set<Long> programmeIds, boolean masked) {
    }

    record Names(String programmeName, ProgrammeKind programmeKind, String workerName, String branchName) {
    }

    private final JdbcTemplate jdbc;
    private final Funding funding;

    private final Users users;
    private final WorkerDirectory workers;

    ApplicationSearch(JdbcTemplate jdbc, Funding funding, Users users, WorkerDirectory workers) {
        this.users = users;
        this.workers = workers;
        this.jdbc = jdbc;
        this.funding = funding;
    }

    Page<ApplicationSummary> find(ApplicationFilter filter, Scope scope, Pageable pageable) {
        return APPLICATIONS.page(jdbc, where(filter, scope), pageable, row(scope.masked()),
                rows -> withNames(rows, scope.masked()));
    }

    /** Everything the filter matches in the list's order, at most {@code limit} rows (for the export). */
    List<ApplicationSummary> findAll(ApplicationFilter filter, Scope scope, Sort sort, int limit) {
        return withNames(APPLICATIONS.first(jdbc, where(filter, scope), sort, limit, row(scope.masked())),
                scope.masked());
    }

    List<ApplicationSummary> ofWorker(long workerId) {
        return withNames(jdbc.query(APPLICATIONS.select() + APPLICATIONS.from() + APPLICATIONS.display()
                + " where a.worker_id = ? order by a.created_at desc, a.id desc", row(false), workerId), false);
    }

    private static SqlWhere where(ApplicationFilter filter, Scope scope) {
        SqlWhere where = scope.pathPattern() != null ? SqlWhere.where("a.branch_path like ?", scope.pathPattern())
                : SqlWhere.always();
        if (scope.programmeIds() != null) {
            where.and(scope.programmeIds().isEmpty() ? "false" : "a.programme_id in (" + String.join(",",
                    scope.programmeIds().stream().map(String::valueOf).toList()) + ")");
        }
        return where
                .eq("a.programme_id", filter.programmeId())
                .eq("a.state", filter.state())
                .eq("a.eligible", filter.eligible())
                .inBranch("a.branch_path", filter.branchId());
    }

    /** The applicants' names of the rows (masked for a partner): one registry read, never one per row. */
    private List<ApplicationSummary> withNames(List<ApplicationSummary> rows, boolean masked) {
        Map<Long, String> names = workers.namesOf(rows.stream().map(ApplicationSummary::workerId).toList());
        return rows.stream().map(a -> {
            String name = names.getOrDefault(a.workerId(), "?");
            return new ApplicationSummary(a.id(), a.reference(), a.programmeId(), a.programmeName(), a.workerId(),
                    masked ? mask(name) : name, a.memberName(), a.branchId(), a.branchName(), a.origin(), a.state(),
                    a.eligible(), a.amount(), a.payoutState(), a.createdAt());
        }).toList();
    }

    private static RowMapper<ApplicationSummary> row(boolean masked) {
        return (rs, i) -> {
            String memberName = rs.getString("member_name");
            return new ApplicationSummary(rs.getLong("id"), rs.getString("reference"), rs.getLong("programme_id"),
                    rs.getString("programme_name"), rs.getLong("worker_id"), "",
                    masked && memberName != null ? mask(memberName) : memberName, rs.getLong("branch_id"),
                    rs.getString("branch_name"), ApplicationOrigin.valueOf(rs.getString("origin")),
                    ApplicationState.valueOf(rs.getString("state")), rs.getBoolean("eligible"),
                    rs.getObject("amount", BigDecimal.class), rs.getString("payout_state"),
                    rs.getTimestamp("created_at").toInstant());
        };
    }

    /** 王秀兰 → 王*兰, 李娜 → 李*: enough for a funder to follow a case, not to identify the person. */
    static String mask(String name) {
        return org.unionaid.shared.PersonNames.masked(name);
    }

    Names names(long programmeId, long workerId, long branchId) {
        String workerName = workers.card(workerId).map(WorkerCard::name).orElse("?");
        return jdbc.queryForObject("""
                select p.name as programme_name, p.kind, b.name as branch_name
                  from programme p, branch b where p.id = ? and b.id = ?""",
                (rs, i) -> new Names(rs.getString("programme_name"), ProgrammeKind.valueOf(rs.getString("kind")),
                        workerName, rs.getString("branch_name")), programmeId, branchId);
    }

    String programmeName(long programmeId) {
        return jdbc.queryForObject("select name from programme where id = ?", String.class, programmeId);
    }

    Optional<Long> userOfWorker(long workerId) {
        return users.enabledAccountsOfWorker(workerId).stream().findFirst();
    }

    Set<Long> fundedBy(long partnerUserId) {
        return new LinkedHashSet<>(funding.programmesFundedBy(partnerUserId));
    }

}
