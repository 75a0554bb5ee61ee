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
import java.util.Optional;

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
import org.unionaid.shared.Money;
import org.unionaid.shared.NationalId;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;

/**
 * Employers enrol their staff (the EMPLOYER user's branch is their organisation) one by one here, or by a staff
 * list ({@link StaffLists}); both check a person with {@link EnrolmentChecks}. Workers are matched in the registry
 * by national ID or registered there. An enrolment is SUBMITTED; the district union confirms it
 * ({@link EnrolmentConfirmations}) and coverage starts the next day; benefits after the plan's waiting period. The reading side too: an employer's enrolments and contributions, a worker's coverage.
 */
@Service
@Transactional
public class Enrolments {

    static final String ENTITY = "MutualAidEnrolment";

    /** A worker may be enrolled again for the next term from this many days before the current term ends. */
    public static final int RENEWAL_WINDOW_DAYS = 92;

    private final EnrolmentRepository enrolments;
    private final EnrolmentChecks checks;
    private final MutualAidPlans plans;
    private final People people;
    private final WorkerDirectory workers;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Enrolments(EnrolmentRepository enrolments, EnrolmentChecks checks, MutualAidPlans plans, People people,
               AuditTrail audit, JdbcTemplate jdbc, Clock clock, WorkerDirectory workers) {
        this.enrolments = enrolments;
        this.checks = checks;
        this.workers = workers;
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
        EnrolmentChecks.Lookup lookup = checks.singleLookup();
        checks.check(staff, 0, problems, planCache, new HashSet<>(), lookup);
        if (problems.isEmpty()) {
            checks.checkFloor(Actors.required().branchId(), List.of(staff), planCache, lookup, problems);
        }
        if (!problems.isEmpty()) {
            StaffListProblem first = problems.get(0);
            throw new BusinessRuleException(first.key(), first.argsArray());
        }
        return enrolChecked(staff, planCache);
    }

    static Map<String, Object> enrolAudit(String planCode, Enrolment enrolment) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("planCode", planCode);
        after.put("workerId", enrolment.workerId());
        after.put("status", enrolment.status());
        after.put("shares", enrolment.shares());
        after.put("contribution", enrolment.contribution());
        return after;
    }

    // ---- reading ---------------------------------------------------------------------------------

    /** The enrolments the signed-in employer made for their organisation, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EMPLOYER')")
    public List<EnrolmentView> ofMyOrganisation() {
        return query(" where e.employer_branch_id = ? order by e.id desc", Actors.required().branchId());
    }

    /**
     * What the employer owes per plan term (the confirmed enrolments, by the end of their cover): one line per
     * contribution — the same shares, months and amount — with its explanation ("pro rata: 1 of 12 months").
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EMPLOYER')")
    public List<ContributionLine> contributionsDue() {
        return jdbc.query("""
                select p.id, p.code, p.name, min(e.coverage_start) term_start, e.coverage_end term_end, count(*) members,
                       e.contribution, sum(e.contribution) total, e.shares, e.late_joiner, e.contribution_months,
                       e.term_months, e.contribution_per_share
                  from mutualaid_enrolment e join mutualaid_plan p on p.id = e.plan_id
                 where e.employer_branch_id = ? and e.status = 'CONFIRMED'
                 group by p.id, p.code, p.name, e.coverage_end, e.contribution, e.shares, e.late_joiner,
                          e.contribution_months, e.term_months, e.contribution_per_share
                 order by e.coverage_end desc, p.code, e.contribution desc""", (rs, i) -> {
            BigDecimal perShare = rs.getBigDecimal("contribution_per_share");
            BigDecimal contribution = rs.getBigDecimal("contribution");
            LateJoinerRule rule = LateJoinerRule.valueOf(rs.getString("late_joiner"));
            int shares = rs.getInt("shares");
            Integer months = rs.getObject("contribution_months", Integer.class);
            Integer termMonths = rs.getObject("term_months", Integer.class);
            ExplanationLine explanation = rule == LateJoinerRule.PRO_RATA && months != null && termMonths != null
                    ? ExplanationLine.of("enrolment.contribution.proRata", months, termMonths,
                            Money.format(perShare == null ? contribution : perShare), shares, Money.format(contribution))
                    : ExplanationLine.of("enrolment.contribution.full",
                            Money.format(perShare == null ? contribution : perShare), shares, Money.format(contribution));
            return new ContributionLine(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                    rs.getObject("term_start", LocalDate.class), rs.getObject("term_end", LocalDate.class),
                    rs.getLong("members"), contribution, rs.getBigDecimal("total"), explanation);
        }, Actors.required().branchId());
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

    /** The worker's confirmed term of the plan covering a day, else their latest confirmed term. */
    Optional<Enrolment> find(long planId, long workerId, LocalDate day) {
        return enrolments.findCovering(planId, workerId, day);
    }

    // ---- internals -------------------------------------------------------------------------------

    private EnrolmentView enrolChecked(EnrolStaff staff, Map<String, PlanView> planCache) {
        Actor actor = Actors.required();
        PlanView plan = planCache.get(staff.planCode().strip());
        String nationalId = NationalId.of(staff.nationalId()).value();
        long workerId = people.findIdByNationalId(nationalId).orElseGet(() -> people.registerForEnrolment(
                new WorkerDetails(nationalId, staff.name().strip(), staff.phone(), null, null, actor.branchId(), null,
                        EmploymentType.CONTRACT, 0, null, WorkerType.URBAN)));
        if (enrolments.blocks(plan.id(), workerId, LocalDate.now(clock).plusDays(RENEWAL_WINDOW_DAYS))) {
            throw new BusinessRuleException("enrolment.duplicate", staff.nationalId());
        }
        Plan entity = plans.load(plan.id());
        Enrolment enrolment = enrolments.saveAndFlush(new Enrolment(entity, workerId, actor.branchId(), actor.id(),
                LocalDate.now(clock), staff.sharesOrOne()));
        audit.record(AuditEntry.of(ENTITY, enrolment.id(), "ENROL", actor.branchId())
                .withAfter(enrolAudit(plan.code(), enrolment)));
        return query(" where e.id = ?", enrolment.id()).get(0);
    }

    /** Enrolments with their plan; the members' names and masked IDs come from the registry ({@link #query}). */
    private static final String SELECT = """
            select e.id, e.plan_id, p.code, p.name, p.type, e.worker_id,
                   e.employer_branch_id, e.enrolled_on, e.coverage_start, e.coverage_end, e.waiting_ends_on,
                   e.contribution, e.status, e.shares, e.renewal, e.contribution_per_share, e.late_joiner,
                   e.contribution_months, e.term_months, e.reject_reason
              from mutualaid_enrolment e join mutualaid_plan p on p.id = e.plan_id""";

    /** The enrolments the statement selects, with their members' names and masked IDs: one registry read. */
    List<EnrolmentView> query(String where, Object... args) {
        List<EnrolmentView> rows = jdbc.query(SELECT + where, ROW, args);
        Map<Long, WorkerCard> cards = workers.cardsOf(rows.stream().map(EnrolmentView::workerId).toList());
        return rows.stream().map(e -> {
            WorkerCard member = cards.get(e.workerId());
            return new EnrolmentView(e.id(), e.planId(), e.planCode(), e.planName(), e.planType(), e.workerId(),
                    member == null ? "?" : member.name(), member == null ? "" : member.nationalIdMasked(),
                    e.employerBranchId(), e.enrolledOn(), e.coverageStart(), e.coverageEnd(), e.waitingEndsOn(),
                    e.contribution(), e.status(), e.shares(), e.renewal(), e.contributionPerShare(), e.lateJoiner(),
                    e.contributionMonths(), e.termMonths(), e.rejectReason());
        }).toList();
    }

    private static final RowMapper<EnrolmentView> ROW = (rs, i) -> new EnrolmentView(rs.getLong("id"),
            rs.getLong("plan_id"), rs.getString("code"), rs.getString("name"), PlanType.valueOf(rs.getString("type")),
            rs.getLong("worker_id"), "", "",
            rs.getLong("employer_branch_id"), rs.getObject("enrolled_on", LocalDate.class),
            rs.getObject("coverage_start", LocalDate.class), rs.getObject("coverage_end", LocalDate.class),
            rs.getObject("waiting_ends_on", LocalDate.class), rs.getBigDecimal("contribution"),
            EnrolmentStatus.valueOf(rs.getString("status")), rs.getInt("shares"), rs.getBoolean("renewal"),
            rs.getBigDecimal("contribution_per_share"), LateJoinerRule.valueOf(rs.getString("late_joiner")),
            rs.getObject("contribution_months", Integer.class), rs.getObject("term_months", Integer.class),
            rs.getString("reject_reason"));

    static BigDecimal zero() {
        return Money.ZERO;
    }
}
