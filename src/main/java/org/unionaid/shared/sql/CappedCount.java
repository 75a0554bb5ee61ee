package org.unionaid.shared.sql;

/**
 * A list's count that does not grow with the scope: it stops after {@link #CAP} + 1 rows, so a province's
 * millions are never counted per page view. A total above the cap means "more than {@value #CAP}".
 */
public final class CappedCount {

    public static final int CAP = 10_000;

    private CappedCount() {
    }

    /** {@code select count(*)} of {@code fromWhere} (a FROM … WHERE … clause), at most CAP + 1. */
    public static String sql(String fromWhere) {
        return "select count(*) from (select 1 " + fromWhere + " limit " + (CAP + 1) + ") capped";
    }

    /**
     * The same, counted in {@code orderBy}, the order an index of the list serves (its columns, as in the page's
     * ORDER BY). Without it the planner may count a common prefix (a surname shared by 7% of the workers) by a
     * sequential scan that it expects to stop at the cap early, and that reads the whole table when the scope holds
     * fewer matches than the cap; with it the seq scan would have to sort every match, so the index is walked
     * (index-only when it includes the scope column) and the count stops at the cap.
     */
    public static String sql(String fromWhere, String orderBy) {
        return "select count(*) from (select 1 " + fromWhere + " order by " + orderBy + " limit " + (CAP + 1)
                + ") capped";
    }

    /** Whether a total from {@link #sql} stopped at the cap. */
    public static boolean capped(long total) {
        return total > CAP;
    }
}
