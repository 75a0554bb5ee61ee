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

    /** Whether a total from {@link #sql} stopped at the cap. */
    public static boolean capped(long total) {
        return total > CAP;
    }
}
