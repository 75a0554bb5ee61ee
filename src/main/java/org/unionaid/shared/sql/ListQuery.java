package org.unionaid.shared.sql;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * A list page in plain SQL, the one shape the modules' lists share: the rows of the page are chosen from the
 * list's own table alone (scope, filters and sort on its columns, so one index walks them), and only then are
 * the names shown joined; the count stops at {@link CappedCount#CAP}. Each module keeps its own SQL (its table,
 * its columns, its joins); this class only puts the pieces together:
 *
 * <pre>
 * count: select count(*) from (select 1 {from}{where} limit CAP+1) capped
 * page:  {select} from (select {alias}.* {from}{where}{order} limit ? offset ?) {alias}{display}{order}
 * </pre>
 *
 * @param select  the columns shown, e.g. {@code select f.id, f.file_number, b.name as branch_name}
 * @param from    the list's table, e.g. {@code "from hardship_file f"} (the pieces are joined with one space)
 * @param alias   the table's alias in {@code from}, e.g. {@code f}
 * @param display the joins of what is only shown (branch, programme names), e.g. {@code "join branch b on …"}
 * @param order   the sortable properties, default order and tie-breaker
 */
public record ListQuery(String select, String from, String alias, String display, SqlOrder order) {

    /** The largest page a list answers, whatever was asked. */
    public static final int MAX_PAGE_SIZE = 100;

    /** How many rows {@code where} matches, at most {@link CappedCount#CAP} + 1. */
    public long count(JdbcTemplate jdbc, SqlWhere where) {
        Long total = jdbc.queryForObject(CappedCount.sql(from.strip() + where.sql()), Long.class, where.args());
        return total == null ? 0 : total;
    }

    /**
     * One page: the capped count, then the page's rows in the asked order (size kept within
     * 1..{@value #MAX_PAGE_SIZE}); {@code complete} adds what comes from elsewhere to the page's rows at once
     * (the workers' names from the registry: one read per page, never one per row).
     */
    public <T, R> Page<R> page(JdbcTemplate jdbc, SqlWhere where, Pageable pageable, RowMapper<T> row,
                               Function<List<T>, List<R>> complete) {
        long total = count(jdbc, where);
        int size = Math.min(Math.max(pageable.getPageSize(), 1), MAX_PAGE_SIZE);
        List<T> rows = jdbc.query(pageSql(where, pageable.getSort()), row,
                where.argsWith(size, (long) pageable.getPageNumber() * size));
        return new PageImpl<>(complete.apply(rows), PageRequest.of(pageable.getPageNumber(), size, pageable.getSort()),
                total);
    }

    /** The first {@code limit} rows in the asked order, no count (an export). */
    public <T> List<T> first(JdbcTemplate jdbc, SqlWhere where, Sort sort, int limit, RowMapper<T> row) {
        String orderBy = order.of(sort);
        return jdbc.query(select.strip() + " from (select " + alias + ".* " + from.strip() + where.sql() + orderBy
                + " limit ?) " + alias + " " + display.strip() + orderBy, row, where.argsWith(limit));
    }

    /** The page query's text (for tests: the shape the list indexes were chosen for). */
    public String pageSql(SqlWhere where, Sort sort) {
        String orderBy = order.of(sort);
        return select.strip() + " from (select " + alias + ".* " + from.strip() + where.sql() + orderBy
                + " limit ? offset ?) " + alias + " " + display.strip() + orderBy;
    }
}
