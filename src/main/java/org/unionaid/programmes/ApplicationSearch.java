package org.unionaid.programmes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.unionaid.payouts.Funding;
import org.unionaid.people.WorkerCard;
import org.unionaid.people.WorkerDirectory;
import org.unionaid.shared.sql.CappedCount;
import org.unionaid.shared.sql.SqlOrder;
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

    static final int MAX_PAGE_SIZE = 100;

    /** Sorts an index serves (names are shown, not sorted on: that would join every row of the scope). */
    private static final Map<String, String> SORTABLE = Map.of(
            "createdAt", "a.created_at",
            "reference", "a.reference",
            "state", "a.state",
            "amount", "a.amount");

    private static final String FROM = " from programme_application a";

    /** The programme and branch names of the rows shown, joined after the page was chosen. */
    private static final String DISPLAY = """
             join programme p on p.id = a.programme_id
             join branch b on b.id = a.branch_id
            """;

    private static final String SELECT = """
            select a.id, a.reference, a.programme_id, p.name as programme_name, a.worker_id,
                   a.member_name, a.branch_id, b.name as branch_name, a.origin, a.state, a.eligible, a.amount,
                   a.payout_state, a.created_at""";

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
        List<Object> args = new ArrayList<>();
        String where = where(filter, scope, args);
        Long total = jdbc.queryForObject(CappedCount.sql(FROM + where), Long.class, args.toArray());
        int size = Math.min(Math.max(pageable.getPageSize(), 1), MAX_PAGE_SIZE);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) pageable.getPageNumber() * size);
        String order = orderBy(pageable.getSort());
        List<ApplicationSummary> rows = withNames(jdbc.query(SELECT + " from (select a.*" + FROM + where + order
                + " limit ? offset ?) a" + DISPLAY + order, row(scope.masked()), pageArgs.toArray()), scope.masked());
        return new PageImpl<>(rows, PageRequest.of(pageable.getPageNumber(), size, pageable.getSort()),
                total == null ? 0 : total);
    }

    /** Everything the filter matches in the list's order, at most {@code limit} rows (for the export). */
    List<ApplicationSummary> findAll(ApplicationFilter filter, Scope scope, Sort sort, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, scope, args);
        args.add(limit);
        String order = orderBy(sort);
        return withNames(jdbc.query(SELECT + " from (select a.*" + FROM + where + order + " limit ?) a" + DISPLAY
                + order, row(scope.masked()), args.toArray()), scope.masked());
    }

    List<ApplicationSummary> ofWorker(long workerId) {
        return withNames(jdbc.query(SELECT + FROM + DISPLAY
                + " where a.worker_id = ? order by a.created_at desc, a.id desc", row(false), workerId), false);
    }

    private static String where(ApplicationFilter filter, Scope scope, List<Object> args) {
        StringBuilder where = new StringBuilder(" where true");
        if (scope.pathPattern() != null) {
            where.append(" and a.branch_path like ?");
            args.add(scope.pathPattern());
        }
        if (scope.programmeIds() != null) {
            if (scope.programmeIds().isEmpty()) {
                where.append(" and false");
            } else {
                where.append(" and a.programme_id in (").append(String.join(",",
                        scope.programmeIds().stream().map(String::valueOf).toList())).append(")");
            }
        }
        if (filter.programmeId() != null) {
            where.append(" and a.programme_id = ?");
            args.add(filter.programmeId());
        }
        if (filter.state() != null) {
            where.append(" and a.state = ?");
            args.add(filter.state().name());
        }
        if (filter.eligible() != null) {
            where.append(" and a.eligible = ?");
            args.add(filter.eligible());
        }
        if (filter.branchId() != null) {
            where.append(" and a.branch_path like (select s.path || '%' from branch s where s.id = ?)");
            args.add(filter.branchId());
        }
        return where.toString();
    }

    private static String orderBy(Sort sort) {
        return SqlOrder.orderBy(sort, SORTABLE, "a.created_at desc", "a.id desc");
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
