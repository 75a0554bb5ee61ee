package org.unionaid.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.unionaid.shared.NationalId;
import org.unionaid.shared.NationalId.Sex;
import org.unionaid.shared.crypto.LookupHash;
import org.unionaid.shared.sql.CappedCount;
import org.unionaid.shared.sql.Keyset;
import org.unionaid.shared.sql.Keyset.Cursor;
import org.unionaid.shared.sql.Keyset.Direction;

/**
 * The worker search in SQL, at provincial scale: the scope is the branch path on the worker row (V200), the
 * query picks one of three modes — a whole valid national ID (its keyed hash), digits (a phone prefix, listed in
 * phone order) or anything else (a case-insensitive name prefix, in name order) — and each mode reads one range of
 * one index in the list's order ({@code worker_name_c_order_idx}, {@code worker_phone_order_idx}), so a page costs
 * a page and the count stops at {@link CappedCount#CAP} + 1 rows. Rows are mapped straight to
 * {@link WorkerSummary} (masked ID only; nothing is decrypted).
 */
@Component
class WorkerSearch {

    private static final String COLUMNS = "w.id, w.name, w.national_id_masked, w.sex, w.birth_date, w.phone,"
            + " w.branch_id, w.employment_form, w.worker_type";

    private final JdbcTemplate jdbc;
    private final LookupHash lookupHash;

    WorkerSearch(JdbcTemplate jdbc, LookupHash lookupHash) {
        this.jdbc = jdbc;
        this.lookupHash = lookupHash;
    }

    /** The list's order of a mode: the key expressions, in index order, and the cursor's tag. */
    private enum Order {
        NAME("n", "lower(w.name) collate \"C\""),
        PHONE("p", "w.phone collate \"C\""),
        ID("i", null);

        final String tag;
        final @Nullable String first;

        Order(String tag, @Nullable String first) {
            this.tag = tag;
            this.first = first;
        }

        String by(boolean descending) {
            String way = descending ? " desc" : "";
            return first == null ? "w.id" + way : first + way + ", w.id" + way;
        }

        int keyLength() {
            return first == null ? 1 : 2;
        }
    }

    /** A query and the WHERE clause it becomes, with its arguments and the order its index serves. */
    private record Criteria(String where, List<Object> args, Order order, boolean prefix) {

        Criteria(String where, List<Object> args, Order order) {
            this(where, args, order, false);
        }
    }

    /** One keyset page of the scope ({@code branch.path} LIKE pattern), after or before {@code cursor}. */
    Keyset.Page<WorkerSummary> page(String scope, @Nullable String query, @Nullable String cursor, int size) {
        Criteria criteria = criteria(scope, query);
        Optional<Cursor> seek = Keyset.parse(cursor, criteria.order().tag, criteria.order().keyLength())
                .filter(c -> c.key().get(c.key().size() - 1).matches("[0-9]{1,18}"));
        boolean backwards = seek.map(c -> c.direction() == Direction.BEFORE).orElse(false);
        StringBuilder where = new StringBuilder(criteria.where());
        List<Object> args = new ArrayList<>(criteria.args());
        seek.ifPresent(c -> {
            Order order = criteria.order();
            String key = order.first == null ? "w.id" : "(" + order.first + ", w.id)";
            String values = order.first == null ? "?" : "(?, ?)";
            where.append(" and ").append(key).append(backwards ? " < " : " > ").append(values);
            if (order.first != null) {
                args.add(c.key().get(0));
            }
            args.add(Long.parseLong(c.key().get(c.key().size() - 1)));
        });
        args.add(size + 1);
        List<Row> rows = new ArrayList<>(jdbc.query("select " + COLUMNS + ", " + keyColumn(criteria.order())
                + " from worker w where " + where + " order by " + criteria.order().by(backwards) + " limit ?",
                ROW, args.toArray()));
        boolean more = rows.size() > size;
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (backwards) {
            Collections.reverse(rows);
        }
        String previous = null;
        String next = null;
        if (!rows.isEmpty()) {
            Row first = rows.get(0);
            Row last = rows.get(rows.size() - 1);
            boolean hasPrevious = backwards ? more : seek.isPresent();
            boolean hasNext = backwards || more;
            previous = hasPrevious ? cursor(Direction.BEFORE, criteria.order(), first) : null;
            next = hasNext ? cursor(Direction.AFTER, criteria.order(), last) : null;
        }
        return new Keyset.Page<>(rows.stream().map(Row::summary).toList(), previous, next, count(criteria));
    }

    /**
     * One numbered page, for callers that page by number (the API's {@code page}, pickers, demo data). The
     * default order is the mode's index order; a birth-date or id order sorts the matches (a prefix or a scope),
     * so it serves narrow queries.
     */
    org.springframework.data.domain.Page<WorkerSummary> numbered(String scope, @Nullable String query,
                                                                 Pageable pageable) {
        Criteria criteria = criteria(scope, query);
        String order = criteria.order().by(false);
        Sort.Order sort = pageable.getSort().stream().findFirst().orElse(null);
        if (sort != null && sort.getProperty().equals("birthDate")) {
            order = "w.birth_date" + (sort.isDescending() ? " desc" : "") + ", w.id";
        } else if (sort != null && sort.getProperty().equals("id")) {
            order = "w.id" + (sort.isDescending() ? " desc" : "");
        }
        List<Object> args = new ArrayList<>(criteria.args());
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        List<WorkerSummary> rows = jdbc.query("select " + COLUMNS + ", " + keyColumn(criteria.order())
                        + " from worker w where " + criteria.where() + " order by " + order + " limit ? offset ?",
                ROW, args.toArray()).stream().map(Row::summary).toList();
        return new PageImpl<>(rows, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                pageable.getSort()), count(criteria));
    }

    private long count(Criteria criteria) {
        // a name or phone prefix is counted along its index (a common surname would otherwise be counted by a
        // sequential scan of the whole table); the ID hash and the plain scope are left to the planner
        String fromWhere = "from worker w where " + criteria.where();
        String sql = criteria.prefix() ? CappedCount.sql(fromWhere, criteria.order().by(false))
                : CappedCount.sql(fromWhere);
        Long total = jdbc.queryForObject(sql, Long.class, criteria.args().toArray());
        return total == null ? 0 : total;
    }

    private Criteria criteria(String scope, @Nullable String query) {
        String q = query == null ? "" : query.strip();
        List<Object> args = new ArrayList<>();
        Optional<NationalId> nationalId = NationalId.tryParse(q);
        if (q.isEmpty()) {
            args.add(scope);
            return new Criteria("w.branch_path like ?", args, Order.NAME);
        }
        if (nationalId.isPresent()) {
            args.add(lookupHash.of(nationalId.get().value()));
            args.add(scope);
            return new Criteria("w.national_id_hash = ? and w.branch_path like ?", args, Order.ID);
        }
        if (q.matches("[0-9+\\- ]+")) {
            args.add(likePrefix(q.replace(" ", "")));
            args.add(scope);
            return new Criteria("w.phone collate \"C\" like ? escape '\\' and w.branch_path like ?", args,
                    Order.PHONE, true);
        }
        args.add(likePrefix(q.toLowerCase(Locale.ROOT)));
        args.add(scope);
        return new Criteria("lower(w.name) collate \"C\" like ? escape '\\' and w.branch_path like ?", args,
                Order.NAME, true);
    }

    private static String keyColumn(Order order) {
        return (order.first == null ? "null" : order.first) + " as sort_key";
    }

    private static String cursor(Direction direction, Order order, Row row) {
        return (order.first == null
                ? new Cursor(direction, order.tag, List.of(String.valueOf(row.summary().id())))
                : new Cursor(direction, order.tag, List.of(String.valueOf(row.key()), String.valueOf(row.summary().id()))))
                .encode();
    }

    static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private record Row(WorkerSummary summary, @Nullable String key) {
    }

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(new WorkerSummary(rs.getLong("id"),
            rs.getString("name"), rs.getString("national_id_masked"), Sex.valueOf(rs.getString("sex")),
            rs.getObject("birth_date", java.time.LocalDate.class), rs.getString("phone"), rs.getLong("branch_id"),
            EmploymentType.valueOf(rs.getString("employment_form")), WorkerType.valueOf(rs.getString("worker_type"))),
            rs.getString("sort_key"));
}
