package org.unionaid.meanstest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.BranchView;
import org.unionaid.branches.Branches;
import org.unionaid.hardship.CrossCheckResult;
import org.unionaid.hardship.ImportProblem;
import org.unionaid.hardship.MeansTestFile;
import org.unionaid.hardship.MeansTestFiles;
import org.unionaid.meanstest.domain.CivilAffairsImport;
import org.unionaid.meanstest.domain.CivilAffairsImportRepository;
import org.unionaid.meanstest.domain.CivilAffairsRecord;
import org.unionaid.meanstest.domain.CivilAffairsRecordRepository;
import org.unionaid.people.People;
import org.unionaid.shared.Money;
import org.unionaid.shared.NationalId;
import org.unionaid.shared.RecordNotFoundException;
import org.unionaid.shared.crypto.LookupHash;
import org.unionaid.shared.excel.CsvFiles;
import org.unionaid.shared.excel.ImportProperties;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.shared.excel.TableReadException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;

/**
 * Imports a civil-affairs list (民政核对数据, .xlsx or CSV: national ID, kind, amount, description, date). The whole
 * file is checked first and every problem reported with its row and column; nothing is stored unless every row is
 * valid. A valid list is stored in one transaction with each row's keyed ID hash (never the ID) and the worker it
 * matched, if any (an ID no worker has is "not matched", not an error); every open file of a matched worker in the
 * caller's subtree is then checked ({@link CrossChecks}), which raises its review tasks. Imports belong to the
 * importer's branch: staff readers of a branch above or equal see them, others get 404.
 */
@Service
@Transactional
public class CivilAffairsImports {

    static final String ENTITY = "CivilAffairsImport";
    static final String READERS = "hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR')";

    /** The template's columns, in order (message keys of their headers). */
    public static final List<String> COLUMNS = List.of("civilAffairs.column.nationalId", "civilAffairs.column.kind",
            "civilAffairs.column.amount", "civilAffairs.column.description", "civilAffairs.column.recordedOn");

    private static final String FILE = "civilAffairs.column.file";
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.ofPattern("uuuuMMdd"), DateTimeFormatter.ofPattern("uuuu-M-d"),
            // a date cell in Excel's default date format, as POI shows it whatever the Excel locale (1/5/25)
            new java.time.format.DateTimeFormatterBuilder().appendPattern("M/d/")
                    .appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 2, 2000).toFormatter());

    private final CivilAffairsImportRepository imports;
    private final CivilAffairsRecordRepository records;
    private final CrossChecks checks;
    private final MeansTestFiles files;
    private final People people;
    private final LookupHash lookupHash;
    private final Branches branches;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;
    private final int maxRows;

    CivilAffairsImports(CivilAffairsImportRepository imports, CivilAffairsRecordRepository records,
                        CrossChecks checks, MeansTestFiles files, People people, LookupHash lookupHash,
                        Branches branches, AuditTrail audit, MessageSource messages, Clock clock,
                        ImportProperties importProperties) {
        this.imports = imports;
        this.records = records;
        this.checks = checks;
        this.files = files;
        this.people = people;
        this.lookupHash = lookupHash;
        this.branches = branches;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.maxRows = importProperties.maxRows();
    }

    /** The outcome: the stored import, or the problems found (and nothing stored). */
    public record Outcome(@Nullable Long importId, List<ImportProblem> problems) {

        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    /** An empty list with the headers in the user's language, and an example row. */
    @PreAuthorize(READERS)
    public byte[] template(Locale locale) {
        return Spreadsheets.write(messages.getMessage("civilAffairs.sheet", null, locale),
                COLUMNS.stream().map(k -> messages.getMessage(k, null, locale)).toList(), List.of());
    }

    /** Imports a list of at most {@code unionaid.imports.max-rows} rows. */
    @PreAuthorize("hasRole('CASEWORKER')")
    public Outcome importFile(byte[] bytes, String fileName) {
        return importFile(bytes, fileName, maxRows);
    }

    /** Imports a list of at most {@code limit} rows (never more than {@code unionaid.imports.max-rows}). */
    @PreAuthorize("hasRole('CASEWORKER')")
    public Outcome importFile(byte[] bytes, String fileName, int limit) {
        List<List<String>> rows;
        try {
            rows = fileName.toLowerCase(Locale.ROOT).endsWith(".csv")
                    ? CsvFiles.rows(bytes, CSVFormat.DEFAULT.builder().setTrim(true).get(), Math.min(limit, maxRows))
                    : Spreadsheets.rows(bytes, Math.min(limit, maxRows));
        } catch (TableReadException e) {
            return failed(switch (e.reason()) {
                case TOO_MANY_ROWS -> new ImportProblem(0, FILE, "civilAffairs.error.tooManyRows", e.args());
                case NOT_A_TABLE -> new ImportProblem(0, FILE, "civilAffairs.error.unreadable", new Object[0]);
                case UNDECODABLE, TOO_LARGE -> new ImportProblem(0, FILE, e.messageKey(), e.args());
            });
        }
        if (rows.size() < 2) {
            return failed(new ImportProblem(0, FILE, "civilAffairs.error.empty", new Object[0]));
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            Parsed row = parse(r + 1, cells, today, problems);
            if (row != null) {
                parsed.add(row);
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        return new Outcome(store(parsed, fileName), List.of());
    }

    private record Parsed(int row, String nationalId, CivilAffairsKind kind, @Nullable BigDecimal amount,
                          @Nullable String description, LocalDate recordedOn) {
    }

    private @Nullable Parsed parse(int row, List<String> cells, LocalDate today, List<ImportProblem> problems) {
        int before = problems.size();
        String id = cell(cells, 0);
        String kindText = cell(cells, 1);
        String amountText = cell(cells, 2).replace(",", "").replace("，", "");
        String description = cell(cells, 3);
        String dateText = cell(cells, 4);
        if (id.isEmpty()) {
            problems.add(new ImportProblem(row, COLUMNS.get(0), "civilAffairs.error.required", new Object[0]));
        } else {
            NationalId.Defect defect = NationalId.defectOf(id, today);
            if (defect != null) {
                problems.add(new ImportProblem(row, COLUMNS.get(0), defect.messageKey(), new Object[0]));
            }
        }
        Optional<CivilAffairsKind> kind = CivilAffairsKind.parse(kindText);
        if (kind.isEmpty()) {
            problems.add(new ImportProblem(row, COLUMNS.get(1), kindText.isEmpty() ? "civilAffairs.error.required"
                    : "civilAffairs.error.kind", new Object[] {kindText}));
        }
        BigDecimal amount = null;
        if (!amountText.isEmpty()) {
            if (AMOUNT.matcher(amountText).matches()) {
                amount = Money.round(new BigDecimal(amountText));
            } else {
                problems.add(new ImportProblem(row, COLUMNS.get(2), "civilAffairs.error.amount",
                        new Object[] {amountText}));
            }
        }
        if (amountText.isEmpty() && description.isEmpty()) {
            problems.add(new ImportProblem(row, COLUMNS.get(3), "civilAffairs.error.amountOrDescription",
                    new Object[0]));
        }
        if (description.length() > 500) {
            problems.add(new ImportProblem(row, COLUMNS.get(3), "civilAffairs.error.tooLong", new Object[] {500}));
        }
        LocalDate date = date(dateText);
        if (date == null) {
            problems.add(new ImportProblem(row, COLUMNS.get(4), dateText.isEmpty() ? "civilAffairs.error.required"
                    : "civilAffairs.error.date", new Object[] {dateText}));
        } else if (date.isAfter(today)) {
            problems.add(new ImportProblem(row, COLUMNS.get(4), "civilAffairs.error.dateFuture",
                    new Object[] {dateText}));
        }
        if (problems.size() > before || kind.isEmpty() || date == null) {
            return null;
        }
        return new Parsed(row, NationalId.of(id).value(), kind.get(), amount,
                description.isEmpty() ? null : description, date);
    }

    private @Nullable Long store(List<Parsed> rows, String fileName) {
        Actor actor = Actors.required();
        Map<String, Long> workerIds = people.idsByNationalId(rows.stream().map(Parsed::nationalId).toList());
        Map<Long, MeansTestFile> openFiles = files.openFilesOf(workerIds.values());
        int matched = (int) rows.stream().filter(r -> {
            Long worker = workerIds.get(r.nationalId());
            return worker != null && openFiles.containsKey(worker);
        }).count();
        CivilAffairsImport stored = imports.saveAndFlush(new CivilAffairsImport(actor.branchId(), fileName,
                rows.size(), matched, actor.username(), clock.instant()));
        records.saveAll(rows.stream().map(r -> new CivilAffairsRecord(stored.id(), r.row(),
                lookupHash.of(r.nationalId()), workerIds.get(r.nationalId()), r.kind(), r.amount(), r.description(),
                r.recordedOn())).toList());
        records.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("fileName", stored.fileName());
        after.put("rows", rows.size());
        after.put("matchedFiles", openFiles.size());
        audit.record(AuditEntry.of(ENTITY, stored.id(), "IMPORT", actor.branchId()).withAfter(after));
        for (MeansTestFile file : openFiles.values()) {
            checks.afterImport(file, stored.id());
        }
        return stored.id();
    }

    /** The imports of the caller's subtree, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public Page<ImportSummary> list(Pageable pageable) {
        Map<Long, BranchView> subtree = new HashMap<>();
        branches.subtree(Actors.required().branchId()).forEach(b -> subtree.put(b.id(), b));
        return imports.findByBranchIdInOrderByIdDesc(subtree.keySet(), pageable)
                .map(i -> summary(i, subtree.get(i.branchId())));
    }

    /** An import of the caller's subtree with its rows and the verdicts of the files it matched, else 404. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public ImportDetail get(long id) {
        Actor actor = Actors.required();
        CivilAffairsImport found = imports.findById(id)
                .filter(i -> branches.covers(actor.branchId(), i.branchId()))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        List<CivilAffairsRecord> rows = records.findByImportIdOrderByRowNumber(id);
        Map<Long, MeansTestFile> openFiles = files.openFilesOf(rows.stream().map(CivilAffairsRecord::workerId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        Map<Long, CrossCheckResult> results = new LinkedHashMap<>();
        for (MeansTestFile file : openFiles.values()) {
            results.put(file.id(), CrossChecks.evaluate(file, checks.recordsOf(file)));
        }
        List<ImportDetail.Row> views = new ArrayList<>();
        for (CivilAffairsRecord r : rows) {
            MeansTestFile file = r.workerId() == null ? null : openFiles.get(r.workerId());
            boolean contradicts = file != null && results.get(file.id()).matches().stream()
                    .anyMatch(m -> m.recordId() == r.id() && m.contradicts());
            views.add(new ImportDetail.Row(r.rowNumber(), r.kind(), r.amount(), r.description(), r.recordedOn(),
                    file == null ? null : file.id(), file == null ? null : file.fileNumber(), contradicts));
        }
        List<ImportDetail.FileVerdict> verdicts = openFiles.values().stream()
                .sorted(java.util.Comparator.comparing(MeansTestFile::fileNumber))
                .map(f -> {
                    CrossCheckResult result = results.get(f.id());
                    return new ImportDetail.FileVerdict(f.id(), f.fileNumber(), Verdict.valueOf(result.verdict()),
                            (int) result.matches().stream().filter(CrossCheckResult.Match::contradicts).count(),
                            (int) result.matches().stream().filter(CrossCheckResult.Match::supporting).count());
                }).toList();
        return new ImportDetail(summary(found, branches.get(found.branchId())), views, verdicts);
    }

    private static ImportSummary summary(CivilAffairsImport i, @Nullable BranchView branch) {
        return new ImportSummary(i.id(), i.fileName(), branch == null ? "" : branch.name(), i.rowCount(),
                i.matchedCount(), i.importedBy(), i.importedAt());
    }

    private static Outcome failed(ImportProblem problem) {
        return new Outcome(null, List.of(problem));
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
    }

    private static @Nullable LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException next) {
                // try the next format
            }
        }
        return null;
    }
}
