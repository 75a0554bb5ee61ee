package org.unionaid.shared.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The WHERE clause of a list query and its arguments, built from a list's filter: each condition is SQL text
 * the module writes (its own columns; never user text), each value a {@code ?} argument, and an optional filter
 * that is not set adds nothing. An enum is compared by its name.
 *
 * <pre>{@code
 * SqlWhere where = SqlWhere.where("f.branch_path like ?", scopePattern)
 *         .eq("f.state", filter.state())
 *         .inBranch("f.branch_path", filter.branchId());
 * }</pre>
 */
public final class SqlWhere {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> args = new ArrayList<>();

    private SqlWhere(String condition, Object... args) {
        sql.append(" where ").append(condition);
        this.args.addAll(Arrays.asList(args));
    }

    /** {@code where condition}: the first condition, usually the caller's scope. */
    public static SqlWhere where(String condition, Object... args) {
        return new SqlWhere(condition, args);
    }

    /** {@code where true}: for a list whose scope is itself optional. */
    public static SqlWhere always() {
        return new SqlWhere("true");
    }

    /** {@code and condition}, always. */
    public SqlWhere and(String condition, Object... args) {
        sql.append(" and ").append(condition);
        this.args.addAll(Arrays.asList(args));
        return this;
    }

    /** {@code and condition} with the one argument {@code value}, only when a value is given. */
    public SqlWhere optional(String condition, @Nullable Object value) {
        return value == null ? this : and(condition, value instanceof Enum<?> e ? e.name() : value);
    }

    /** {@code and column = ?} when a value is given (an enum by its name). */
    public SqlWhere eq(String column, @Nullable Object value) {
        return optional(column + " = ?", value);
    }

    /**
     * {@code and pathColumn like <the branch's path>%}: the rows of a branch's subtree, when a branch is given; the
     * row's copy of its branch's path is compared, so the list's path index serves it.
     */
    public SqlWhere inBranch(String pathColumn, @Nullable Long branchId) {
        return optional(pathColumn + " like (select sub.path || '%' from branch sub where sub.id = ?)", branchId);
    }

    /** The clause, starting with {@code " where "}. */
    public String sql() {
        return sql.toString();
    }

    /** The arguments of {@link #sql()}, in order. */
    public Object[] args() {
        return args.toArray();
    }

    /** The arguments followed by {@code more} (a page's limit and offset). */
    public Object[] argsWith(Object... more) {
        List<Object> all = new ArrayList<>(args);
        all.addAll(Arrays.asList(more));
        return all.toArray();
    }

    @Override
    public String toString() {
        return sql();
    }
}
