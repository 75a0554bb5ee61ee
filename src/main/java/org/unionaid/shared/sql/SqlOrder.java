package org.unionaid.shared.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;

/**
 * The ORDER BY of a list page's SQL from the user's sort: only whitelisted properties become columns (never
 * user text in SQL), the default order when nothing usable was asked, and always a unique tie-breaker so
 * paging is stable. PostgreSQL's default NULL placement is kept on purpose: the list indexes are
 * {@code (column desc, id desc)}, and a {@code nulls last} would stop the planner from walking them (found by
 * the benchmark profile, docs/operations.md).
 *
 * @param sortable property name (as the page sends it) → SQL column expression
 * @param defaultOrder used when the sort names no sortable property, e.g. {@code "f.filed_on desc"}
 * @param tieBreaker a unique column appended last, e.g. {@code "f.id desc"}
 */
public record SqlOrder(Map<String, String> sortable, String defaultOrder, String tieBreaker) {

    /** A fixed order (a queue): whatever the user asked, {@code order by defaultOrder, tieBreaker}. */
    public static SqlOrder fixed(String defaultOrder, String tieBreaker) {
        return new SqlOrder(Map.of(), defaultOrder, tieBreaker);
    }

    /** {@code " order by …"} for the user's sort. */
    public String of(Sort sort) {
        return orderBy(sort, sortable, defaultOrder, tieBreaker);
    }

    public static String orderBy(Sort sort, Map<String, String> sortable, String defaultOrder, String tieBreaker) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = sortable.get(order.getProperty());
            if (column != null) {
                parts.add(column + (order.isAscending() ? " asc" : " desc"));
            }
        }
        if (parts.isEmpty()) {
            parts.add(defaultOrder);
        }
        parts.add(tieBreaker);
        return " order by " + String.join(", ", parts);
    }
}
