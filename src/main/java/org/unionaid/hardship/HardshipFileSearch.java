package org.unionaid.hardship;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.unionaid.people.WorkerCard;
import org.unionaid.people.WorkerDirectory;
import org.unionaid.shared.sql.CappedCount;
import org.unionaid.shared.sql.SqlOrder;

/**
 * The files list in plain SQL: scope, filters, sorting and paging all in the database. Scope, filters and every
 * sort use only the file row (it carries its branch's path, V185, and a copy of its primary worker's name, V187),
 * so the page is always chosen from the files before the branch names are joined for the rows shown; the
 * workers' names shown come from the people registry ({@link WorkerDirectory}, one query per page). The count
 * stops at {@link CappedCount#CAP}.
 *
 * <p>Why a copied name for the sort and not ids from the registry: the sort by worker name must order the whole
 * filtered scope (a province's 20,000 files), and asking the registry for those workers' order would send every
 * id of the scope across; a copy on the row, kept by {@link HardshipFileWorkerNames} on {@code WorkerRenamed} in
 * the renaming transaction, lets one index ({@code hardship_file_worker_name_idx}) choose the page.
 */
@Component
class HardshipFileSearch {

    static final int MAX_PAGE_SIZE = 100;

    /** Sortable properties and their columns; anything else sorts by filing date. */
    private static final Map<String, String> SORTABLE = Map.of(
            "filedOn", "f.filed_on",
            "fileNumber", "f.file_number",
            "workerName", "f.primary_worker_name",
            "state", "f.state",
            "category", "f.category",
            "nextReviewDue", "f.next_review_due");

    private static final String FROM = " from hardship_file f";

    /** The branch names of the rows shown (the workers' names: {@link #withNames}). */
    private static final String NAMES = """
             join branch b on b.id = f.branch_id
            """;

    private final JdbcTemplate jdbc;
    private final WorkerDirectory workers;

    HardshipFileSearch(JdbcTemplate jdbc, WorkerDirectory workers) {
        this.jdbc = jdbc;
        this.workers = workers;
    }

    Page<HardshipFileSummary> find(HardshipFileFilter filter, String scopePattern, Pageable pageable) {
        return find(filter, scopePattern, pageable, "", List.of());
    }

    /** ACTIVE files whose next review is due in [from, to), soonest first. */
    Page<HardshipFileSummary> reviewsDue(String scopePattern, java.time.LocalDate from, java.time.LocalDate to,
                                         Pageable pageable) {
        return find(new HardshipFileFilter(HardshipFileState.ACTIVE, null, null, null, null, null), scopePattern,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("nextReviewDue")),
                " and f.next_review_due >= ? and f.next_review_due < ?", List.of(from, to));
    }

    /** Files of the scope with an open review task raised by one of the triggers, by file number. */
    Page<HardshipFileSummary> withOpenTasks(String scopePattern, java.util.Set<ReviewTrigger> triggers,
                                            Pageable pageable) {
        String marks = String.join(", ", java.util.Collections.nCopies(triggers.size(), "?"));
        return find(new HardshipFileFilter(null, null, null, null, null, null), scopePattern,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("fileNumber")),
                " and exists (select 1 from file_review_task t where t.file_id = f.id and t.state = 'OPEN'"
                        + " and t.trigger_kind in (" + marks + "))",
                triggers.stream().map(t -> (Object) t.name()).toList());
    }

    /** Open measures due before {@code today} of files in the scope, oldest first. */
    Page<AssistanceMeasureView> overdueMeasures(String scopePattern, java.time.LocalDate today, Pageable pageable) {
        String from = """
                 from assistance_measure m join hardship_file f on f.id = m.file_id
                 where f.branch_path like ? and m.status in ('PLANNED', 'IN_PROGRESS') and m.due_on < ?""";
        Long total = jdbc.queryForObject("select count(*) " + from, Long.class, scopePattern, today);
        int size = Math.min(Math.max(pageable.getPageSize(), 1), MAX_PAGE_SIZE);
        List<AssistanceMeasureView> rows = jdbc.query("""
                select m.id, m.file_id, f.file_number, m.kind, m.description, m.owner, m.due_on, m.status, m.version"""
                + " " + from + " order by m.due_on, m.id limit ? offset ?", (rs, i) -> new AssistanceMeasureView(
                rs.getLong("id"), rs.getLong("file_id"), rs.getString("file_number"),
                AssistanceMeasureKind.valueOf(rs.getString("kind")), rs.getString("description"),
                rs.getString("owner"), rs.getObject("due_on", java.time.LocalDate.class),
                AssistanceMeasureStatus.valueOf(rs.getString("status")), true, rs.getLong("version")),
                scopePattern, today, size, (long) pageable.getPageNumber() * size);
        return new PageImpl<>(rows, PageRequest.of(pageable.getPageNumber(), size), total == null ? 0 : total);
    }

    private Page<HardshipFileSummary> find(HardshipFileFilter filter, String scopePattern, Pageable pageable,
                                           String extraWhere, List<Object> extraArgs) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where f.branch_path like ?");
        args.add(scopePattern);
        where.append(extraWhere);
        args.addAll(extraArgs);
        if (filter.state() != null) {
            where.append(" and f.state = ?");
            args.add(filter.state().name());
        }
        if (filter.category() != null) {
            where.append(" and f.category = ?");
            args.add(filter.category().name());
        }
        if (filter.level() != null) {
            where.append(" and f.level = ?");
            args.add(filter.level().name());
        }
        if (filter.primaryCause() != null) {
            where.append(" and f.primary_cause = ?");
            args.add(filter.primaryCause().name());
        }
        if (filter.caseworkerId() != null) {
            where.append(" and f.caseworker_id = ?");
            args.add(filter.caseworkerId());
        }
        if (filter.branchId() != null) {
            where.append(" and f.branch_path like (select p.path || '%' from branch p where p.id = ?)");
            args.add(filter.branchId());
        }
        Long total = jdbc.queryForObject(CappedCount.sql(FROM + where), Long.class, args.toArray());
        int size = Math.min(Math.max(pageable.getPageSize(), 1), MAX_PAGE_SIZE);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) pageable.getPageNumber() * size);
        String order = orderBy(pageable.getSort());
        String sql = SELECT + " from (select f.*" + FROM + where + order + " limit ? offset ?) f" + NAMES + order;
        List<HardshipFileSummary> rows = withNames(jdbc.query(sql, ROW, pageArgs.toArray()));
        return new PageImpl<>(rows, PageRequest.of(pageable.getPageNumber(), size, pageable.getSort()),
                total == null ? 0 : total);
    }

    String workerName(long workerId) {
        return workers.card(workerId).map(WorkerCard::name).orElse("?");
    }

    /** The workers' names of the rows, as the registry has them now: one read for the page, never one per row. */
    private List<HardshipFileSummary> withNames(List<HardshipFileSummary> rows) {
        Map<Long, String> names = workers.namesOf(rows.stream().map(HardshipFileSummary::workerId).toList());
        return rows.stream().map(f -> new HardshipFileSummary(f.id(), f.fileNumber(), f.workerId(),
                names.getOrDefault(f.workerId(), f.workerName()), f.branchId(), f.branchName(), f.category(),
                f.level(), f.primaryCause(), f.state(), f.origin(), f.caseworkerName(), f.filedOn(),
                f.nextReviewDue())).toList();
    }

    Map<Long, String> caseworkers(String scopePattern) {
        Map<Long, String> result = new LinkedHashMap<>();
        jdbc.query("""
                select distinct f.caseworker_id, f.caseworker_name from hardship_file f
                 where f.branch_path like ? order by f.caseworker_name""",
                rs -> {
                    result.put(rs.getLong(1), rs.getString(2));
                }, scopePattern);
        return result;
    }

    private static String orderBy(Sort sort) {
        return SqlOrder.orderBy(sort, SORTABLE, "f.filed_on desc", "f.id desc");
    }

    private static final String SELECT = """
            select f.id, f.file_number, f.primary_worker_id, f.primary_worker_name as worker_name, f.branch_id,
                   b.name as branch_name, f.category, f.level, f.primary_cause, f.state, f.origin,
                   f.caseworker_name, f.filed_on, f.next_review_due""";

    private static final RowMapper<HardshipFileSummary> ROW = (rs, i) -> new HardshipFileSummary(
            rs.getLong("id"),
            rs.getString("file_number"),
            rs.getLong("primary_worker_id"),
            rs.getString("worker_name"),
            rs.getLong("branch_id"),
            rs.getString("branch_name"),
            HardshipCategory.valueOf(rs.getString("category")),
            HardshipFileLevel.valueOf(rs.getString("level")),
            HardshipFileCause.valueOf(rs.getString("primary_cause")),
            HardshipFileState.valueOf(rs.getString("state")),
            HardshipFileOrigin.valueOf(rs.getString("origin")),
            rs.getString("caseworker_name"),
            rs.getObject("filed_on", java.time.LocalDate.class),
            rs.getObject("next_review_due", java.time.LocalDate.class));
}
