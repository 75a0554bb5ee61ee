package org.unionaid.hardship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.unionaid.branches.Branches;
import org.unionaid.branches.BranchView;
import org.unionaid.shared.NationalId;
import org.unionaid.shared.excel.ImportProperties;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.shared.excel.TableReadException;
import org.unionaid.shared.security.Actors;

/**
 * A screening list (摸排名单) in Excel, one household per row, imported as leads. The whole file is checked
 * first and every problem is reported with its row and column; nothing is imported unless every row is
 * valid, and the import itself runs in one transaction. A row's union code is one of the caller's subtree (the
 * template's second sheet and the import page list them); left empty, the row goes to the caller's own union.
 */
@Service
public class ScreeningListImport {

    /** The template's columns, in order (message keys of their headers). */
    public static final List<String> COLUMNS = List.of("import.column.personName", "import.column.nationalId",
            "import.column.phone", "import.column.address", "import.column.situation", "import.column.branchCode");

    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{7,20}");

    private final Leads leads;
    private final Branches branches;
    private final MessageSource messages;
    private final Clock clock;
    private final int maxRows;

    ScreeningListImport(Leads leads, Branches branches, MessageSource messages, Clock clock,
                        ImportProperties imports) {
        this.leads = leads;
        this.branches = branches;
        this.messages = messages;
        this.clock = clock;
        this.maxRows = imports.maxRows();
    }

    /**
     * An empty list with the headers in the user's language, and a second sheet listing the codes and names of
     * the unions the caller may import for (their active subtree), so the union code column can be filled in.
     */
    public byte[] template(Locale locale) {
        List<List<String>> codes = branchChoices().stream()
                .map(b -> List.of(b.code(), b.displayName(locale))).toList();
        return Spreadsheets.write(List.of(
                new Spreadsheets.SheetData(messages.getMessage("import.sheet", null, locale),
                        COLUMNS.stream().map(k -> messages.getMessage(k, null, locale)).toList(), List.of()),
                new Spreadsheets.SheetData(messages.getMessage("import.sheet.branches", null, locale),
                        List.of(messages.getMessage("import.column.branchCode", null, locale),
                                messages.getMessage("import.branches.name", null, locale)), codes)));
    }

    /** The active unions of the caller's subtree: the codes a row may name (an empty code means the caller's own). */
    public List<BranchView> branchChoices() {
        return branches.subtree(Actors.required().branchId()).stream().filter(BranchView::active).toList();
    }

    /** The outcome: the leads imported, or the problems found (and nothing imported). */
    public record Outcome(List<LeadView> imported, List<ImportProblem> problems) {

        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    /** Imports a screening list of at most {@code unionaid.imports.max-rows} rows. */
    public Outcome importFile(byte[] bytes) {
        return importFile(bytes, maxRows);
    }

    /**
     * Imports a screening list of at most {@code limit} rows (never more than {@code unionaid.imports.max-rows}):
     * the workbook is streamed and a longer one is refused with the figure when its row {@code limit + 2} is
     * reached, before any row is checked.
     */
    public Outcome importFile(byte[] bytes, int limit) {
        int max = Math.min(limit, maxRows);
        List<List<String>> rows;
        try {
            rows = Spreadsheets.rows(bytes, max);
        } catch (TableReadException e) {
            return failed(switch (e.reason()) {
                case TOO_MANY_ROWS -> new ImportProblem(0, "import.column.file", "import.error.tooManyRows", e.args());
                case NOT_A_TABLE, UNDECODABLE ->
                        new ImportProblem(0, "import.column.file", "import.error.notASpreadsheet", new Object[0]);
                case TOO_LARGE -> new ImportProblem(0, "import.column.file", e.messageKey(), e.args());
            });
        }
        if (rows.size() < 2) {
            return failed(new ImportProblem(0, "import.column.file", "import.error.empty", new Object[0]));
        }
        long scope = Actors.required().branchId();
        Map<String, BranchView> byCode = new HashMap<>();
        branches.subtree(scope).forEach(b -> byCode.put(b.code(), b));
        BranchView own = branches.get(scope);
        List<ImportProblem> problems = new ArrayList<>();
        List<ReportLead> commands = new ArrayList<>();
        List<Integer> commandRows = new ArrayList<>();
        Map<String, Integer> seenIds = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            int excelRow = r + 1;
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            String name = cell(cells, 0);
            String nationalId = cell(cells, 1);
            String phone = cell(cells, 2);
            String address = cell(cells, 3);
            String situation = cell(cells, 4);
            String branchCode = cell(cells, 5);
            required(problems, excelRow, 0, name);
            required(problems, excelRow, 4, situation);
            tooLong(problems, excelRow, 0, name, 100);
            tooLong(problems, excelRow, 3, address, 300);
            tooLong(problems, excelRow, 4, situation, 4000);
            if (!nationalId.isEmpty()) {
                NationalId.Defect defect = NationalId.defectOf(nationalId, today);
                if (defect != null) {
                    problems.add(new ImportProblem(excelRow, COLUMNS.get(1), defect.messageKey(), new Object[0]));
                } else {
                    String normalised = NationalId.of(nationalId).value();
                    Integer first = seenIds.putIfAbsent(normalised, excelRow);
                    if (first != null) {
                        problems.add(new ImportProblem(excelRow, COLUMNS.get(1), "import.error.duplicateInFile",
                                new Object[] {first}));
                    }
                }
            }
            if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
                problems.add(new ImportProblem(excelRow, COLUMNS.get(2), "lead.form.phone.format", new Object[0]));
            }
            // an empty union code means the caller's own union
            BranchView branch = branchCode.isEmpty() ? own : byCode.get(branchCode);
            if (branch == null) {
                problems.add(new ImportProblem(excelRow, COLUMNS.get(5), "import.error.branchUnknown",
                        new Object[] {branchCode}));
            } else if (!branch.active()) {
                problems.add(new ImportProblem(excelRow, COLUMNS.get(5), "branch.inactive", new Object[0]));
            }
            if (branch != null) {
                commands.add(new ReportLead(branch.id(), name, nationalId.isEmpty() ? null : nationalId,
                        phone.isEmpty() ? null : phone, address.isEmpty() ? null : address, situation, null, null));
                commandRows.add(excelRow);
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(List.of(), problems);
        }
        try {
            return new Outcome(leads.importScreeningList(commands), List.of());
        } catch (ImportRowException e) {
            return failed(new ImportProblem(commandRows.get(e.rowIndex()), "import.column.row", e.rule().code(),
                    e.rule().args()));
        }
    }

    private static Outcome failed(ImportProblem problem) {
        return new Outcome(List.of(), List.of(problem));
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    private static void required(List<ImportProblem> problems, int row, int column, String value) {
        if (value.isEmpty()) {
            problems.add(new ImportProblem(row, COLUMNS.get(column), "import.error.required", new Object[0]));
        }
    }

    private static void tooLong(List<ImportProblem> problems, int row, int column, String value, int max) {
        if (value.length() > max) {
            problems.add(new ImportProblem(row, COLUMNS.get(column), "import.error.tooLong", new Object[] {max}));
        }
    }
}
