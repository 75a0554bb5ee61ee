package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.mutualaid.domain.Enrolment;
import org.unionaid.mutualaid.domain.Plan;
import org.unionaid.people.EmploymentType;
import org.unionaid.people.People;
import org.unionaid.people.WorkerDetails;
import org.unionaid.people.WorkerType;
import org.unionaid.shared.NationalId;
import org.unionaid.shared.excel.CsvFiles;
import org.unionaid.shared.excel.ImportProperties;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.shared.excel.TableReadException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;

/**
 * Staff lists: an employer enrols their staff by a list (.xlsx or CSV: name, national ID, phone, plan code, shares
 * (blank: one); a header row first), validated whole first (the rows, then each plan's participation floor) with every problem reported with its row and column
 * ({@link EnrolmentChecks}); nothing is enrolled unless every row is valid, and the enrolments of one list are one
 * transaction; they await the district union's confirmation ({@link EnrolmentConfirmations}). Workers are matched in the registry by national ID or registered there in one batch. One by one,
 * and reading enrolments, is {@link Enrolments}.
 */
@Service
@Transactional
public class StaffLists {

    /** The list's columns, in order (message keys of their headers). */
    public static final List<String> COLUMNS = List.of("enrolment.column.name", "enrolment.column.nationalId",
            "enrolment.column.phone", "enrolment.column.planCode", "enrolment.column.shares");

    private final Enrolments enrolments;
    private final EnrolmentChecks checks;
    private final MutualAidPlans plans;
    private final People people;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxRows;

    StaffLists(Enrolments enrolments, EnrolmentChecks checks, MutualAidPlans plans, People people, AuditTrail audit,
               JdbcTemplate jdbc, Clock clock, ImportProperties imports) {
        this.enrolments = enrolments;
        this.checks = checks;
        this.plans = plans;
        this.people = people;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxRows = imports.maxRows();
    }

    /**
     * Enrols a whole staff list or nothing: {@link StaffListRejectedException} with every problem when any row
     * is invalid (unreadable file, missing or invalid fields, unknown plan, a person twice for a plan, already
     * enrolled).
     */
    @PreAuthorize("hasRole('EMPLOYER')")
    public List<EnrolmentView> importStaffList(byte[] bytes, String fileName) {
        return importStaffList(bytes, fileName, maxRows);
    }

    /**
     * {@link #importStaffList(byte[], String)} with at most {@code limit} rows (never more than {@code
     * unionaid.imports.max-rows}): the file is streamed and a longer one refused with the figure as soon as the
     * row after the limit is reached. A CSV may be UTF-8 (with or without BOM) or GB18030/GBK ({@link CsvFiles});
     * any other encoding is refused.
     */
    @PreAuthorize("hasRole('EMPLOYER')")
    public List<EnrolmentView> importStaffList(byte[] bytes, String fileName, int limit) {
        List<List<String>> rows;
        try {
            rows = rows(bytes, fileName, Math.min(limit, maxRows));
        } catch (TableReadException e) {
            String key = switch (e.reason()) {
                case NOT_A_TABLE -> "enrolment.list.unreadable";
                case TOO_MANY_ROWS -> "enrolment.list.tooLong";
                case UNDECODABLE, TOO_LARGE -> e.messageKey();
            };
            throw new StaffListRejectedException(List.of(new StaffListProblem(0, "", key,
                    Arrays.stream(e.args()).map(String::valueOf).toList())));
        }
        if (rows.isEmpty()) {
            throw new StaffListRejectedException(List.of(new StaffListProblem(0, "", "enrolment.list.unreadable",
                    List.of())));
        }
        List<StaffListProblem> problems = new ArrayList<>();
        List<EnrolStaff> staff = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            String sharesCell = cell(cells, 4);
            Integer shares = null;
            if (!sharesCell.isEmpty()) {
                try {
                    shares = new BigDecimal(sharesCell).intValueExact();
                } catch (NumberFormatException | ArithmeticException e) {
                    problems.add(new StaffListProblem(r + 1, COLUMNS.get(4), "enrolment.shares.notNumber",
                            List.of(sharesCell)));
                }
            }
            staff.add(new EnrolStaff(cell(cells, 0), cell(cells, 1), blankToNull(cell(cells, 2)), cell(cells, 3),
                    shares));
            rowNumbers.add(r + 1);
        }
        // the registry and the enrolments are read once for the whole list, not once per row
        EnrolmentChecks.Lookup lookup = checks.listLookup(staff);
        Map<String, PlanView> planCache = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Map<Long, EnrolmentTerms> termsCache = new HashMap<>();
        for (int i = 0; i < staff.size(); i++) {
            checks.check(staff.get(i), rowNumbers.get(i), problems, planCache, seen, lookup, termsCache);
        }
        if (staff.isEmpty()) {
            problems.add(new StaffListProblem(0, "", "enrolment.list.empty", List.of()));
        }
        if (problems.isEmpty()) {
            // the whole file against each plan's participation floor, with the figures
            checks.checkFloor(Actors.required().branchId(), staff, planCache, lookup, problems);
        }
        if (!problems.isEmpty()) {
            throw new StaffListRejectedException(problems);
        }
        return enrolAllChecked(staff, planCache, lookup);
    }

    /**
     * Enrols a checked list: the workers not yet in the registry registered in one batch, the enrolments
     * inserted in JDBC batches (their dates and contribution computed by {@link Enrolment}'s own constructor),
     * one audit row each, also batched; then the views read back in one query.
     */
    private List<EnrolmentView> enrolAllChecked(List<EnrolStaff> staff, Map<String, PlanView> planCache,
                                                EnrolmentChecks.Lookup lookup) {
        Actor actor = Actors.required();
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> workerIds = new HashMap<>();
        List<WorkerDetails> unknown = new ArrayList<>();
        Set<String> unknownIds = new HashSet<>();
        for (EnrolStaff s : staff) {
            String nationalId = NationalId.of(s.nationalId()).value();
            Optional<Long> known = lookup.workerId(nationalId);
            if (known.isPresent()) {
                workerIds.put(nationalId, known.get());
            } else if (unknownIds.add(nationalId)) {
                unknown.add(new WorkerDetails(nationalId, s.name().strip(), s.phone(), null, null, actor.branchId(),
                        null, EmploymentType.CONTRACT, 0, null, WorkerType.URBAN));
            }
        }
        workerIds.putAll(people.registerAllForEnrolment(unknown));
        Map<Long, Plan> entities = new HashMap<>();
        List<Enrolment> rows = new ArrayList<>(staff.size());
        List<String> codes = new ArrayList<>(staff.size());
        for (EnrolStaff s : staff) {
            PlanView plan = planCache.get(s.planCode().strip());
            Plan entity = entities.computeIfAbsent(plan.id(), plans::load);
            rows.add(new Enrolment(entity, workerIds.get(NationalId.of(s.nationalId()).value()), actor.branchId(),
                    actor.id(), today, s.sharesOrOne()));
            codes.add(plan.code());
        }
        List<Long> ids = jdbc.queryForList("select nextval(pg_get_serial_sequence('mutualaid_enrolment', 'id'))"
                + " from generate_series(1, ?)", Long.class, rows.size());
        int n = rows.size();
        Long[] planIds = new Long[n];
        Long[] workerIdsOf = new Long[n];
        Long[] employers = new Long[n];
        Long[] enrolledBy = new Long[n];
        java.sql.Date[] enrolledOn = new java.sql.Date[n];
        Integer[] shares = new Integer[n];
        BigDecimal[] perShare = new BigDecimal[n];
        BigDecimal[] contributions = new BigDecimal[n];
        List<AuditEntry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Enrolment e = rows.get(i);
            planIds[i] = e.planId();
            workerIdsOf[i] = e.workerId();
            employers[i] = e.employerBranchId();
            enrolledBy[i] = actor.id();
            enrolledOn[i] = java.sql.Date.valueOf(e.enrolledOn());
            shares[i] = e.shares();
            perShare[i] = e.contributionPerShare();
            contributions[i] = e.contribution();
            entries.add(AuditEntry.of(Enrolments.ENTITY, ids.get(i), "ENROL", actor.branchId())
                    .withAfter(Enrolments.enrolAudit(codes.get(i), e)));
        }
        // one statement for the whole list, so the summary tables' statement trigger (V190) runs once, not per row
        Long[] idArray = ids.toArray(Long[]::new);
        jdbc.update("""
                insert into mutualaid_enrolment (id, plan_id, worker_id, employer_branch_id, enrolled_by, enrolled_on,
                                                 shares, contribution_per_share, contribution, status)
                select *, 'SUBMITTED' from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            java.sql.Connection c = ps.getConnection();
            ps.setArray(1, c.createArrayOf("bigint", idArray));
            ps.setArray(2, c.createArrayOf("bigint", planIds));
            ps.setArray(3, c.createArrayOf("bigint", workerIdsOf));
            ps.setArray(4, c.createArrayOf("bigint", employers));
            ps.setArray(5, c.createArrayOf("bigint", enrolledBy));
            ps.setArray(6, c.createArrayOf("date", enrolledOn));
            ps.setArray(7, c.createArrayOf("integer", shares));
            ps.setArray(8, c.createArrayOf("numeric", perShare));
            ps.setArray(9, c.createArrayOf("numeric", contributions));
        });
        audit.recordAll(entries);
        return enrolments.query(" where e.id = any(?) order by e.id", (Object) ids.toArray(Long[]::new));
    }

    /** An empty staff list with the headers in the user's language. */
    public static byte[] template(List<String> headers, String sheetName) {
        return Spreadsheets.write(sheetName, headers, List.of());
    }

    private static List<List<String>> rows(byte[] bytes, String fileName, int limit) {
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return CsvFiles.rows(bytes, CSVFormat.DEFAULT.builder().setTrim(true).get(), limit);
        }
        return Spreadsheets.rows(bytes, limit);
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
