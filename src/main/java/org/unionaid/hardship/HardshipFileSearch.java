package org.unionaid.hardship;

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
import org.unionaid.shared.sql.ListQuery;
import org.unionaid.shared.sql.SqlOrder;
import org.unionaid.shared.sql.SqlWhere;

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

    /** Scope, filters and sorts on the file row; the branch names joined for the rows shown. */
    private static final ListQuery FILES = new ListQuery("""
            select f.id, f.file_number, f.primary_worker_id, f.primary_worker_name as worker_name, f.branch_id,
                   b.name as branch_name, f.category, f.level, f.primary_cause, f.state, f.origin,
                   f.caseworker_name, f.filed_on, f.next_review_due""",
            " from hardship_file f", "f", """
             join branch b on b.id = f.branch_id
            """,
            // sortable properties and their columns; anything else sorts by filing date
            new SqlOrder(Map.of(
                    "filedOn", "f.filed_on",
                    "fileNumber", "f.file_number",
                    "workerName", "f.primary_worker_name",
                    "state", "f.state",
                    "category", "f.category",
                    "nextReviewDue", "f.next_review_due"), "f.filed_on desc", "f.id desc"));

    private final JdbcTemplate jdbc;
    private final WorkerDirectory workers;

    HardshipFileSearch(JdbcTemplate jdbc, WorkerDirectory workers) {
        this.jdbc = jdbc;
        this.workers = workers;
    }

    Page<HardshipFileSummary> find(HardshipFileFilter filter, String scopePattern, Pageable pageable) {
        return find(filter, SqlWhere.where("f.branch_path like ?", scopePattern), pageable);
    }

    /** ACTIVE files whose next review is due in [from, to), soonest first. */
    Page<HardshipFileSummary> reviewsDue(String scopePattern, java.time.LocalDate from, java.time.LocalDate to,
                                         Pageable pageable) {
        return find(new HardshipFileFilter(HardshipFileState.ACTIVE, null, null, null, null, null),
                SqlWhere.where("f.branch_path like ?", scopePattern)
                        .and("f.next_review_due >= ? and f.next_review_due < ?", from, to),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("nextReviewDue")));
    }

    /** Files of the scope with an open review task raised by one of the triggers, by file number. */
    Page<HardshipFileSummary> withOpenTasks(String scopePattern, java.util.Set<ReviewTrigger> triggers,
                                            Pageable pageable) {
        String marks = String.join(", ", java.util.Collections.nCopies(triggers.size(), "?"));
        return find(new HardshipFileFilter(null, null, null, null, null, null),
                SqlWhere.where("f.branch_path like ?", scopePattern)
                        .and("exists (select 1 from file_review_task t where t.file_id = f.id and t.state = 'OPEN'"
                                + " and t.trigger_kind in (" + marks + "))",
                                triggers.stream().map(t -> (Object) t.name()).toArray()),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("fileNumber")));
    }

    /** Open measures due before {@code today} of files in the scope, oldest first. */
    Page<AssistanceMeasureView> overdueMeasures(String scopePattern, java.time.LocalDate today, Pageable pageable) {
        String from = """
                 from assistance_measure m join hardship_file f on f.id = m.file_id
                 where f.branch_path like ? and m.status in ('PLANNED', 'IN_PROGRESS') and m.due_on < ?""";
        Long total = jdbc.queryForObject("select count(*) " + from, Long.class, scopePattern, today);
        int size = Math.min(Math.max(pageable.getPageSize(), 1), ListQuery.MAX_PAGE_SIZE);
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

    private Page<HardshipFileSummary> find(HardshipFileFilter filter, SqlWhere scope, Pageable pageable) {
        SqlWhere where = scope
                .eq("f.state", filter.state())
                .eq("f.category", filter.category())
                .eq("f.level", filter.level())
                .eq("f.primary_cause", filter.primaryCause())
                .eq("f.caseworker_id", filter.caseworkerId())
                .inBranch("f.branch_path", filter.branchId());
        return FILES.page(jdbc, where, pageable, ROW, this::withNames);
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
