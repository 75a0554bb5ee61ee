package org.unionaid.hardship;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.unionaid.hardship.domain.Lead;
import org.unionaid.hardship.domain.LeadRepository;
import org.unionaid.shared.sql.CappedCount;
import org.unionaid.shared.sql.SqlOrder;

/**
 * The leads list at scale (issue 10), like the payouts list: the scope is the path carried on the lead row
 * (V191), the page's ids are chosen from {@code lead} alone by an index serving each filter in the list's order
 * (newest first), then only those rows are loaded; the count stops at {@link CappedCount#CAP} + 1.
 */
@Component
class LeadSearch {

    /** The export's limit: the list's rows for the same filter, at most this many. */
    static final int MAX_ROWS = 10_000;
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "l.created_at");

    private final JdbcTemplate jdbc;
    private final LeadRepository leads;

    LeadSearch(JdbcTemplate jdbc, LeadRepository leads) {
        this.jdbc = jdbc;
        this.leads = leads;
    }

    Page<Lead> find(String pathPattern, LeadFilter filter, Pageable pageable) {
        List<Object> args = new ArrayList<>();
        String fromWhere = fromWhere(pathPattern, filter, args);
        Long total = jdbc.queryForObject(CappedCount.sql(fromWhere), Long.class, args.toArray());
        int size = Math.min(Math.max(pageable.getPageSize(), 1), MAX_ROWS);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) pageable.getPageNumber() * size);
        List<Long> ids = jdbc.queryForList(pageSql(fromWhere, pageable), Long.class, pageArgs.toArray());
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        List<Lead> rows = new ArrayList<>(leads.findAllById(ids));
        rows.sort(Comparator.comparing(l -> position.get(l.id())));
        return new PageImpl<>(rows, PageRequest.of(pageable.getPageNumber(), size, pageable.getSort()),
                total == null ? 0 : total);
    }

    /** The statement choosing the page's ids (for the benchmark's EXPLAIN too). */
    static String pageSql(String fromWhere, Pageable pageable) {
        return "select l.id " + fromWhere + SqlOrder.orderBy(pageable.getSort(), SORTABLE, "l.created_at desc", "l.id")
                + " limit ? offset ?";
    }

    static String fromWhere(String pathPattern, LeadFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder("from lead l where l.branch_path like ?");
        args.add(pathPattern);
        if (filter.state() != null) {
            where.append(" and l.state = ?");
            args.add(filter.state().name());
        }
        if (filter.source() != null) {
            where.append(" and l.source = ?");
            args.add(filter.source().name());
        }
        if (filter.assignedTo() != null) {
            where.append(" and l.assigned_to_user_id = ?");
            args.add(filter.assignedTo());
        }
        if (filter.duplicatesOnly()) {
            where.append(" and l.duplicate_reason is not null");
        }
        return where.toString();
    }
}
