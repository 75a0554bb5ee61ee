package org.unionaid.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times a query (median and p95 over N runs after warm-up) and reads its plan with
 * {@code EXPLAIN (ANALYZE, BUFFERS)}: which indexes it used and whether it scanned a big table
 * sequentially. Reports only; asserts nothing about time.
 */
final class Figures {

    /** Tables that hold volume in a deployment: a sequential scan of one of them is worth a look. */
    static final Set<String> BIG_TABLES = Set.of("worker", "household", "hardship_file", "lead", "payout",
            "programme_application", "mutualaid_claim", "mutualaid_enrolment", "mutualaid_claimant_total");

    private static final Pattern SEQ = Pattern.compile("Seq Scan on (\\w+)");
    private static final Pattern INDEX = Pattern.compile("(?:Index Only Scan|Index Scan|Bitmap Index Scan)(?: Backward)?"
            + "(?: using| on) (\\w+)");
    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");

    record Row(String query, String scope, long rows, double medianMs, double p95Ms, String indexes,
               String bigSeqScans, double explainMs) {
    }

    private final JdbcTemplate jdbc;
    private final int warmups;
    private final int runs;
    final List<Row> rows = new ArrayList<>();
    private final StringBuilder plans = new StringBuilder();

    Figures(JdbcTemplate jdbc, int warmups, int runs) {
        this.jdbc = jdbc;
        this.warmups = warmups;
        this.runs = runs;
    }

    /**
     * @param call the real facade call under the signed-in user, returning the number of matching rows; null
     *             when the row only explains a second statement of the call measured in the row before
     * @param sql  the SQL the facade sends for its main query (with {@code ?} placeholders), explained with args
     */
    void measure(String query, String scope, LongSupplier call, String sql, Object... args) {
        long count = -1;
        double[] ms = {Double.NaN};
        if (call != null) {
            ms = time(call);
            count = call.getAsLong();
        }
        explain(query, scope, count, ms, sql, args);
    }

    private double[] time(LongSupplier call) {
        for (int i = 0; i < warmups; i++) {
            call.getAsLong();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            call.getAsLong();
            ms[i] = (System.nanoTime() - started) / 1_000_000.0;
        }
        Arrays.sort(ms);
        return ms;
    }

    private void explain(String query, String scope, long count, double[] ms, String sql, Object[] args) {
        List<String> plan = jdbc.queryForList("explain (analyze, buffers) " + sql, String.class, args);
        Set<String> indexes = new LinkedHashSet<>();
        Set<String> seqScans = new LinkedHashSet<>();
        double explainMs = 0;
        for (String line : plan) {
            Matcher m = INDEX.matcher(line);
            while (m.find()) {
                indexes.add(m.group(1));
            }
            Matcher s = SEQ.matcher(line);
            while (s.find()) {
                if (BIG_TABLES.contains(s.group(1))) {
                    seqScans.add(s.group(1));
                }
            }
            Matcher e = EXECUTION.matcher(line);
            if (e.find()) {
                explainMs = Double.parseDouble(e.group(1));
            }
        }
        rows.add(new Row(query, scope, count, ms[(ms.length - 1) / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1],
                indexes.isEmpty() ? "-" : String.join(", ", indexes),
                seqScans.isEmpty() ? "-" : String.join(", ", seqScans), explainMs));
        plans.append("## ").append(query).append(" (").append(scope).append(")\n\n```sql\n").append(sql.strip())
                .append("\n-- args: ").append(Arrays.toString(args)).append("\n```\n\n```\n")
                .append(String.join("\n", plan)).append("\n```\n\n");
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append("| query | signed in as | rows | median ms | p95 ms | EXPLAIN ms | indexes used | seq scan of a big table |\n");
        out.append("|---|---|---:|---:|---:|---:|---|---|\n");
        for (Row r : rows) {
            out.append("| ").append(r.query()).append(" | ").append(r.scope()).append(" | ")
                    .append(r.rows() < 0 ? "-" : String.valueOf(r.rows()))
                    .append(" | ").append(ms(r.medianMs())).append(" | ").append(ms(r.p95Ms())).append(" | ").append(String.format("%.1f", r.explainMs()))
                    .append(" | ").append(r.indexes()).append(" | ").append(r.bigSeqScans()).append(" |\n");
        }
        return out.toString();
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "-" : String.format("%.1f", value);
    }

    void write(Path dir, String header, String more) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("results.md"), header + "\n" + table() + more);
            Files.writeString(dir.resolve("plans.md"), "# Query plans (EXPLAIN ANALYZE, BUFFERS)\n\n" + plans);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
