package org.unionaid.payouts;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.payouts.domain.DisbursementBatch;
import org.unionaid.payouts.domain.Payout;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.excel.CsvFiles;
import org.unionaid.shared.excel.ImportProperties;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.shared.excel.TableReadException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;

/**
 * The bank's result file of a sent batch ({@link DisbursementBatches}): every row is checked first, nothing is
 * applied unless all rows are valid, then all are applied in one transaction (each payout PAID or FAILED through
 * {@link Payouts}). Re-importing a file already applied changes nothing.
 */
@Service
@Transactional
public class BankResults {

    private final DisbursementBatches batches;
    private final Payouts payouts;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxRows;

    BankResults(DisbursementBatches batches, Payouts payouts, AuditTrail audit, JdbcTemplate jdbc, Clock clock,
                ImportProperties imports) {
        this.batches = batches;
        this.payouts = payouts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxRows = imports.maxRows();
    }

    /**
     * Imports the bank's result file (CSV or .xlsx; columns reference, status PAID|FAILED, reason). All rows are
     * validated first; any problem rejects the whole file ({@link BankResultRejectedException} with row,
     * column and message). Then every row is applied in this transaction; rows already applied with the same
     * status are left alone, so importing the same file twice is harmless.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public BankResultOutcome importResults(long id, byte[] content) {
        Actor actor = Actors.required();
        DisbursementBatch batch = batches.loadForUpdate(id);
        if (batch.state() == BatchState.GATHERED) {
            throw new BusinessRuleException("batch.result.notSent", batch.reference());
        }
        List<List<String>> rows = parse(content, maxRows);
        List<BankResultProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            throw new BankResultRejectedException(List.of(new BankResultProblem(1, "reference",
                    "batch.result.empty", List.of())));
        }
        Map<String, Integer> columns = columns(rows.get(0));
        for (String required : List.of("reference", "status")) {
            if (!columns.containsKey(required)) {
                problems.add(new BankResultProblem(1, required, "batch.result.columnMissing", List.of(required)));
            }
        }
        if (!problems.isEmpty()) {
            throw new BankResultRejectedException(problems);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<ResultRow> valid = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int rowNumber = r + 1;
            if (row.stream().allMatch(String::isBlank)
                    || cell(row, columns.get("reference")).equalsIgnoreCase(DisbursementBatches.CONTROL)) {
                continue;
            }
            String reference = cell(row, columns.get("reference")).toUpperCase(Locale.ROOT);
            String status = cell(row, columns.get("status")).toUpperCase(Locale.ROOT);
            String reason = columns.containsKey("reason") ? cell(row, columns.get("reason")) : "";
            int before = problems.size();
            ItemState item = reference.isEmpty() ? null : item(reference);
            if (reference.isEmpty()) {
                problems.add(new BankResultProblem(rowNumber, "reference", "batch.result.referenceMissing",
                        List.of()));
            } else if (seen.containsKey(reference)) {
                problems.add(new BankResultProblem(rowNumber, "reference", "batch.result.duplicate",
                        List.of(reference, String.valueOf(seen.get(reference)))));
            } else if (item == null) {
                problems.add(new BankResultProblem(rowNumber, "reference", "batch.result.unknownReference",
                        List.of(reference)));
            } else if (item.batchId() == null || item.batchId() != batch.id()) {
                problems.add(new BankResultProblem(rowNumber, "reference", "batch.result.notInBatch",
                        List.of(reference, batch.reference())));
            }
            if (!reference.isEmpty()) {
                seen.putIfAbsent(reference, rowNumber);
            }
            if (!status.equals("PAID") && !status.equals("FAILED")) {
                problems.add(new BankResultProblem(rowNumber, "status", "batch.result.badStatus", List.of(status)));
            } else if (status.equals("FAILED") && reason.isBlank()) {
                problems.add(new BankResultProblem(rowNumber, "reason", "batch.result.reasonRequired", List.of()));
            } else if (item != null && item.result() != null && !item.result().equals(status)) {
                problems.add(new BankResultProblem(rowNumber, "status", "batch.result.conflict",
                        List.of(reference, item.result())));
            }
            if (problems.size() == before && item != null && item.batchId() != null) {
                valid.add(new ResultRow(item, status.equals("PAID"), reason));
            }
        }
        if (!problems.isEmpty()) {
            throw new BankResultRejectedException(problems);
        }
        int paid = 0;
        int failed = 0;
        int unchanged = 0;
        for (ResultRow row : valid) {
            Payout payout = payouts.loadForUpdate(row.item().payoutId(), actor);
            if (payout.state() != PayoutState.IN_BATCH) {
                unchanged++;
                continue;
            }
            payouts.settle(payout, row.paid(), row.reason(), actor);
            jdbc.update("update disbursement_batch_item set result = ?, result_reason = ?, settled_at = ? "
                            + "where payout_id = ? and result is null", row.paid() ? "PAID" : "FAILED",
                    PayoutSearch.blankToNull(row.reason()), Timestamp.from(clock.instant()), payout.id());
            if (row.paid()) {
                paid++;
            } else {
                failed++;
            }
        }
        Long open = jdbc.queryForObject("select count(*) from disbursement_batch_item where batch_id = ? and result is null",
                Long.class, batch.id());
        if (open != null && open == 0) {
            batch.settled();
        }
        audit.record(AuditEntry.of("DisbursementBatch", batch.id(), "IMPORT_RESULTS", batch.branchId())
                .withAfter(Map.of("rows", valid.size(), "paid", paid, "failed", failed, "unchanged", unchanged)));
        return new BankResultOutcome(valid.size(), paid, failed, unchanged);
    }

    /**
     * CSV or .xlsx, detected from the content; a CSV may be UTF-8 (with or without BOM) or GB18030/GBK
     * ({@link CsvFiles}). Streamed; more than {@code maxRows} rows after the header are refused with the figure.
     */
    static List<List<String>> parse(byte[] content, int maxRows) {
        try {
            if (content.length >= 2 && content[0] == 'P' && content[1] == 'K') {
                return Spreadsheets.rows(content, maxRows);
            }
            return CsvFiles.rows(content, CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get(), maxRows);
        } catch (TableReadException e) {
            throw switch (e.reason()) {
                case NOT_A_TABLE -> new BusinessRuleException("batch.result.unreadable");
                case TOO_MANY_ROWS -> new BusinessRuleException("batch.result.tooLong", e.args());
                case UNDECODABLE, TOO_LARGE -> new BusinessRuleException(e.messageKey(), e.args());
            };
        }
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            switch (name) {
                case "reference", "ref", "参考号", "编号" -> columns.putIfAbsent("reference", i);
                case "status", "result", "状态", "结果" -> columns.putIfAbsent("status", i);
                case "reason", "message", "原因", "说明" -> columns.putIfAbsent("reason", i);
                default -> {
                }
            }
        }
        return columns;
    }

    private static String cell(List<String> row, @Nullable Integer index) {
        return index == null || index >= row.size() ? "" : row.get(index).strip();
    }

    private @Nullable ItemState item(String reference) {
        return jdbc.query("""
                select p.id, i.result, i.batch_id from payout p
                  left join disbursement_batch_item i on i.payout_id = p.id where p.reference = ?""",
                (rs, i) -> new ItemState(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3)), reference)
                .stream().findFirst().orElse(null);
    }

    private record ItemState(long payoutId, @Nullable String result, @Nullable Long batchId) {
    }

    private record ResultRow(ItemState item, boolean paid, String reason) {
    }
}
