package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.mutualaid.domain.Enrolment;
import org.unionaid.mutualaid.domain.EnrolmentRepository;
import org.unionaid.mutualaid.domain.Plan;
import org.unionaid.people.EmploymentType;
import org.unionaid.people.People;
import org.unionaid.people.WorkerCard;
import org.unionaid.people.WorkerDirectory;
import org.unionaid.people.WorkerDetails;
import org.unionaid.people.WorkerType;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.NationalId;
import org.unionaid.shared.excel.CsvFiles;
import org.unionaid.shared.excel.ImportProperties;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.shared.excel.TableReadException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.Money;

/**
 * Employers enrol their staff (the EMPLOYER user's branch is their organisation): one by one, or by a staff
 * list (.xlsx or CSV: name, national ID, phone, plan code; a header row first). A list is validated whole
 * first and every problem reported with its row and column; nothing is enrolled unless every row is valid, and
 * the enrolments of one list are one transaction. Workers are matched in the registry by national ID or
 * registered there. Coverage starts the day after enrolment; benefits after the plan's waiting period.
 */
@Service
@Transactional
public class Enrolments {

    static final String ENTITY = "MutualAidEnrolment";
    /** The list's columns, in order (message keys of their headers). */
    public static final List<String> COLUMNS = List.of("enrolment.column.name", "enrolment.column.nationalId",
            "enrolment.column.phone", "enrolment.column.planCode");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{7,20}");

    private final EnrolmentRepository enrolments;
    private final MutualAidPlans plans;
    private final People people;
    private final WorkerDirectory workers;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxRows;

    Enrolments(EnrolmentRepository enrolments, MutualAidPlans plans, People people, AuditTrail audit,
               JdbcTemplate jdbc, Clock clock, ImportProperties imports, WorkerDirectory workers) {
        this.maxRows = imports.maxRows();
        this.workers = workers;
        this.enrolments = enrolments;
        this.plans = plans;
        this.people = people;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- enrolling -------------------------------------------------------------------------------

    @PreAuthorize("hasRole('EMPLOYER')")
    public EnrolmentView enrol(EnrolStaff staff) {
        List<StaffListProblem> problems = new ArrayList<>();
        Map<String, PlanView> planCache = new HashMap<>();
        check(staff, 0, problems, planCache, new HashSet<>(), singleLookup());
        if (!problems.isEmpty()) {
            StaffListProblem first = problems.get(0);
            throw new BusinessRuleException(first.key(), first.argsArray());
        }
        return enrolChecked(staff, planCache);
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
                    java.util.Arrays.stream(e.args()).map(String::valueOf).toList())));
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
            staff.add(new EnrolStaff(cell(cells, 0), cell(cells, 1), blankToNull(cell(cells, 2)), cell(cells, 3)));
            rowNumbers.add(r + 1);
        }
        // the registry and the enrolments are read once for the whole list, not once per row
        Lookup lookup = listLookup(staff);
        Map<String, PlanView> planCache = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < staff.size(); i++) {
            check(staff.get(i), rowNumbers.get(i), problems, planCache, seen, lookup);
        }
        if (staff.isEmpty()) {
            problems.add(new StaffListProblem(0, "", "enrolment.list.empty", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new StaffListRejectedException(problems);
        }
        return enrolAllChecked(staff, planCache, lookup);
    }

    /** How a check finds a registered worker and an existing enrolment. */
    private interface Lookup {
        Optional<Long> workerId(String nationalId);

        boolean enrolled(long planId, long workerId);
    }

    private Lookup singleLookup() {
        return new Lookup() {
            @Override
            public Optional<Long> workerId(String nationalId) {
                return people.findIdByNationalId(nationalId);
            }

            @Override
            public boolean enrolled(long planId, long workerId) {
                return enrolments.existsByPlanIdAndWorkerId(planId, workerId);
            }
        };
    }

    /** The workers of a list's valid national IDs and their enrolments, read in two queries. */
    private Lookup listLookup(List<EnrolStaff> staff) {
        List<String> ids = staff.stream().map(s -> NationalId.tryParse(s.nationalId()).orElse(null))
                .filter(Objects::nonNull).map(NationalId::value).distinct().toList();
        Map<String, Long> known = ids.isEmpty() ? Map.of() : people.idsByNationalId(ids);
        Set<String> pairs = new HashSet<>();
        if (!known.isEmpty()) {
            jdbc.query("select plan_id, worker_id from mutualaid_enrolment where worker_id = any(?)",
                    rs -> {
                        pairs.add(rs.getLong(1) + "|" + rs.getLong(2));
                    }, (Object) known.values().toArray(Long[]::new));
        }
        return new Lookup() {
            @Override
            public Optional<Long> workerId(String nationalId) {
                return Optional.ofNullable(known.get(nationalId));
            }

            @Override
            public boolean enrolled(long planId, long workerId) {
                return pairs.contains(planId + "|" + workerId);
            }
        };
    }

    /**
     * Enrols a checked list: the workers not yet in the registry registered in one batch, the enrolments
     * inserted in JDBC batches (their dates and contribution computed by {@link Enrolment}'s own constructor),
     * one audit row each, also batched; then the views read back in one query.
     */
    private List<EnrolmentView> enrolAllChecked(List<EnrolStaff> staff, Map<String, PlanView> planCache,
                                                Lookup lookup) {
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
                    actor.id(), today));
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
        java.sql.Date[] coverageStart = new java.sql.Date[n];
        java.sql.Date[] coverageEnd = new java.sql.Date[n];
        java.sql.Date[] waitingEnds = new java.sql.Date[n];
        java.math.BigDecimal[] contributions = new java.math.BigDecimal[n];
        List<AuditEntry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Enrolment e = rows.get(i);
            planIds[i] = e.planId();
            workerIdsOf[i] = e.workerId();
            employers[i] = e.employerBranchId();
            enrolledBy[i] = actor.id();
            enrolledOn[i] = java.sql.Date.valueOf(e.enrolledOn());
            coverageStart[i] = java.sql.Date.valueOf(e.coverageStart());
            coverageEnd[i] = java.sql.Date.valueOf(e.coverageEnd());
            waitingEnds[i] = java.sql.Date.valueOf(e.waitingEndsOn());
            contributions[i] = e.contribution();
            entries.add(AuditEntry.of(ENTITY, ids.get(i), "ENROL", actor.branchId()).withAfter(enrolAudit(codes.get(i),
                    e)));
        }
        // one statement for the whole list, so the summary tables' statement trigger (V190) runs once, not per row
        Long[] idArray = ids.toArray(Long[]::new);
        jdbc.update("""
                insert into mutualaid_enrolment (id, plan_id, worker_id, employer_branch_id, enrolled_by, enrolled_on,
                                                 coverage_start, coverage_end, waiting_ends_on, contribution)
                select * from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            java.sql.Connection c = ps.getConnection();
            ps.setArray(1, c.createArrayOf("bigint", idArray));
            ps.setArray(2, c.createArrayOf("bigint", planIds));
            ps.setArray(3, c.createArrayOf("bigint", workerIdsOf));
            ps.setArray(4, c.createArrayOf("bigint", employers));
            ps.setArray(5, c.createArrayOf("bigint", enrolledBy));
            ps.setArray(6, c.createArrayOf("date", enrolledOn));
            ps.setArray(7, c.createArrayOf("date", coverageStart));
            ps.setArray(8, c.createArrayOf("date", coverageEnd));
            ps.setArray(9, c.createArrayOf("date", waitingEnds));
            ps.setArray(10, c.createArrayOf("numeric", contributions));
        });
        audit.recordAll(entries);
        return query(" where e.id = any(?) order by e.id", (Object) ids.toArray(Long[]::new));
    }

    private static Map<String, Object> enrolAudit(String planCode, Enrolment enrolment) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("planCode", planCode);
        after.put("workerId", enrolment.workerId());
        after.put("coverageStart", enrolment.coverageStart().toString());
        after.put("waitingEndsOn", enrolment.waitingEndsOn().toString());
        after.put("contribution", enrolment.contribution());
        return after;
    }

    /** An empty staff list with the headers in the user's language. */
    public static byte[] template(List<String> headers, String sheetName) {
        return Spreadsheets.write(sheetName, headers, List.of());
    }

    // ---- reading ---------------------------------------------------------------------------------

    /** The enrolments the signed-in employer made for their organisation, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EMPLOYER')")
    public List<EnrolmentView> ofMyOrganisation() {
        return query(" where e.employer_branch_id = ? order by e.id desc", Actors.required().branchId());
    }

    /** What the employer owes per plan term: members enrolled × contribution per member. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EMPLOYER')")
    public List<ContributionLine> contributionsDue() {
        return jdbc.query("""
                select p.id, p.code, p.name, p.term_start, p.term_end, count(*) members, e.contribution,
                       sum(e.contribution) total
                  from mutualaid_enrolment e join mutualaid_plan p on p.id = e.plan_id
                 where e.employer_branch_id = ?
                 group by p.id, p.code, p.name, p.term_start, p.term_end, e.contribution
                 order by p.term_start desc, p.code""", (rs, i) -> new ContributionLine(rs.getLong("id"),
                rs.getString("code"), rs.getString("name"), rs.getObject("term_start", LocalDate.class),
                rs.getObject("term_end", LocalDate.class), rs.getLong("members"), rs.getBigDecimal("contribution"),
                rs.getBigDecimal("total")), Actors.required().branchId());
    }

    /** The signed-in worker's coverage: their enrolments. */
    @Transactional(readOnly = true)
    public List<EnrolmentView> mine() {
        Long workerId = Actors.required().workerId();
        if (workerId == null) {
            return List.of();
        }
        return ofWorker(workerId);
    }

    /** A worker's enrolments (callers check that the current user may see the worker). */
    @Transactional(readOnly = true)
    List<EnrolmentView> ofWorker(long workerId) {
        return query(" where e.worker_id = ? order by e.id", workerId);
    }

    /** An enrolment the employer made, or the worker's own; else 404. */
    @Transactional(readOnly = true)
    public EnrolmentView get(long id) {
        Actor actor = Actors.required();
        EnrolmentView view = query(" where e.id = ?", id).stream().findFirst()
                .orElseThrow(() -> new org.unionaid.shared.RecordNotFoundException(ENTITY, id));
        boolean employer = actor.has(org.unionaid.shared.security.Role.EMPLOYER)
                && view.employerBranchId() == actor.branchId();
        boolean own = actor.workerId() != null && actor.workerId() == view.workerId();
        if (!employer && !own) {
            throw new org.unionaid.shared.RecordNotFoundException(ENTITY, id);
        }
        return view;
    }

    Optional<Enrolment> find(long planId, long workerId) {
        return enrolments.findByPlanIdAndWorkerId(planId, workerId);
    }

    // ---- internals -------------------------------------------------------------------------------

    private EnrolmentView enrolChecked(EnrolStaff staff, Map<String, PlanView> planCache) {
        Actor actor = Actors.required();
        PlanView plan = planCache.get(staff.planCode().strip());
        String nationalId = NationalId.of(staff.nationalId()).value();
        long workerId = people.findIdByNationalId(nationalId).orElseGet(() -> people.registerForEnrolment(
                new WorkerDetails(nationalId, staff.name().strip(), staff.phone(), null, null, actor.branchId(), null,
                        EmploymentType.CONTRACT, 0, null, WorkerType.URBAN)));
        if (enrolments.existsByPlanIdAndWorkerId(plan.id(), workerId)) {
            throw new BusinessRuleException("enrolment.duplicate", staff.nationalId());
        }
        Plan entity = plans.load(plan.id());
        Enrolment enrolment = enrolments.saveAndFlush(new Enrolment(entity, workerId, actor.branchId(), actor.id(),
                LocalDate.now(clock)));
        audit.record(AuditEntry.of(ENTITY, enrolment.id(), "ENROL", actor.branchId())
                .withAfter(enrolAudit(plan.code(), enrolment)));
        return query(" where e.id = ?", enrolment.id()).get(0);
    }

    private void check(EnrolStaff staff, int row, List<StaffListProblem> problems, Map<String, PlanView> planCache,
                       Set<String> seen, Lookup lookup) {
        if (staff.name().isBlank()) {
            problems.add(problem(row, 0, "enrolment.name.required"));
        } else if (staff.name().strip().length() > 100) {
            problems.add(problem(row, 0, "enrolment.name.tooLong"));
        }
        NationalId id = NationalId.tryParse(staff.nationalId()).orElse(null);
        if (staff.nationalId().isBlank()) {
            problems.add(problem(row, 1, "enrolment.nationalId.required"));
        } else if (id == null) {
            problems.add(problem(row, 1, "enrolment.nationalId.invalid", staff.nationalId()));
        }
        if (staff.phone() != null && !PHONE.matcher(staff.phone()).matches()) {
            problems.add(problem(row, 2, "enrolment.phone.invalid", staff.phone()));
        }
        PlanView plan = null;
        String code = staff.planCode().strip();
        if (code.isEmpty()) {
            problems.add(problem(row, 3, "enrolment.plan.required"));
        } else {
            plan = planCache.computeIfAbsent(code, c -> plans.findByCode(c).orElse(null));
            if (plan == null) {
                planCache.remove(code);
                problems.add(problem(row, 3, "enrolment.plan.unknown", code));
            } else if (!plan.active() || plan.termEnd().isBefore(LocalDate.now(clock))) {
                problems.add(problem(row, 3, "enrolment.plan.closed", code));
                plan = null;
            }
        }
        if (id != null && plan != null) {
            if (!seen.add(id.value() + "|" + plan.id())) {
                problems.add(problem(row, 1, "enrolment.list.twice", staff.nationalId()));
            } else {
                Optional<Long> workerId = lookup.workerId(id.value());
                if (workerId.isPresent() && lookup.enrolled(plan.id(), workerId.get())) {
                    problems.add(problem(row, 1, "enrolment.duplicate", staff.nationalId()));
                }
            }
        }
    }

    private static StaffListProblem problem(int row, int column, String key, String... args) {
        return new StaffListProblem(row, COLUMNS.get(column), key, List.of(args));
    }

    private static List<List<String>> rows(byte[] bytes, String fileName, int limit) {
        if (fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            return CsvFiles.rows(bytes, CSVFormat.DEFAULT.builder().setTrim(true).get(), limit);
        }
        return Spreadsheets.rows(bytes, limit);
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
    }

    private static @org.jspecify.annotations.Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    /** Enrolments with their plan; the members' names and masked IDs come from the registry ({@link #query}). */
    private static final String SELECT = """
            select e.id, e.plan_id, p.code, p.name, p.type, e.worker_id,
                   e.employer_branch_id, e.enrolled_on, e.coverage_start, e.coverage_end, e.waiting_ends_on,
                   e.contribution
              from mutualaid_enrolment e join mutualaid_plan p on p.id = e.plan_id""";

    /** The enrolments the statement selects, with their members' names and masked IDs: one registry read. */
    private List<EnrolmentView> query(String where, Object... args) {
        List<EnrolmentView> rows = jdbc.query(SELECT + where, ROW, args);
        Map<Long, WorkerCard> cards = workers.cardsOf(rows.stream().map(EnrolmentView::workerId).toList());
        return rows.stream().map(e -> {
            WorkerCard member = cards.get(e.workerId());
            return new EnrolmentView(e.id(), e.planId(), e.planCode(), e.planName(), e.planType(), e.workerId(),
                    member == null ? "?" : member.name(), member == null ? "" : member.nationalIdMasked(),
                    e.employerBranchId(), e.enrolledOn(), e.coverageStart(), e.coverageEnd(), e.waitingEndsOn(),
                    e.contribution());
        }).toList();
    }

    private static final RowMapper<EnrolmentView> ROW = (rs, i) -> new EnrolmentView(rs.getLong("id"),
            rs.getLong("plan_id"), rs.getString("code"), rs.getString("name"), PlanType.valueOf(rs.getString("type")),
            rs.getLong("worker_id"), "", "",
            rs.getLong("employer_branch_id"), rs.getObject("enrolled_on", LocalDate.class),
            rs.getObject("coverage_start", LocalDate.class), rs.getObject("coverage_end", LocalDate.class),
            rs.getObject("waiting_ends_on", LocalDate.class), rs.getBigDecimal("contribution"));

    static BigDecimal zero() {
        return Money.ZERO;
    }
}
