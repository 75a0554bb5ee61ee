package org.unionaid.mutualaid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.branches.Branches;
import org.unionaid.documents.Documents;
import org.unionaid.mutualaid.domain.Claim;
import org.unionaid.mutualaid.domain.ClaimRepository;
import org.unionaid.mutualaid.domain.ClaimTransitionRepository;
import org.unionaid.people.People;
import org.unionaid.people.WorkerCard;
import org.unionaid.people.WorkerDirectory;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Resource;
import org.unionaid.shared.security.Role;
import org.unionaid.shared.sql.ListQuery;
import org.unionaid.shared.sql.SqlOrder;
import org.unionaid.shared.sql.SqlWhere;

/**
 * The read side of mutual-aid claims: a claim with its rules, explanation, invoices, documents and history; the
 * review queue; a worker's own claims and coverage; the counts per state. Who sees a claim: the claimant, and the
 * staff roles that read claims whose branch subtree covers the claim's branch; anyone else gets
 * {@link ClaimNotFoundException}. The commands are in {@link Claims}, which answers with {@link #view}.
 */
@Service
@Transactional
public class ClaimQueries {

    private final ClaimRepository claims;
    private final ClaimTransitionRepository transitions;
    private final Enrolments enrolments;
    private final MutualAidPlans plans;
    private final ClaimBenefits benefits;
    private final People people;
    private final WorkerDirectory workers;
    private final Branches branches;
    private final Documents documents;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ClaimChecks checks;

    ClaimQueries(ClaimRepository claims, ClaimTransitionRepository transitions, Enrolments enrolments,
                 MutualAidPlans plans, ClaimBenefits benefits, People people, WorkerDirectory workers,
                 Branches branches, Documents documents, JdbcTemplate jdbc, Clock clock, ClaimChecks checks) {
        this.checks = checks;
        this.claims = claims;
        this.transitions = transitions;
        this.enrolments = enrolments;
        this.plans = plans;
        this.benefits = benefits;
        this.people = people;
        this.workers = workers;
        this.branches = branches;
        this.documents = documents;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ClaimView get(long id) {
        return view(loadVisible(id));
    }

    /** Whether the current user may see the claim (and so its documents): the claimant or claims staff of scope. */
    @Transactional(readOnly = true)
    boolean visible(long id) {
        try {
            loadVisible(id);
            return true;
        } catch (ClaimNotFoundException e) {
            return false;
        }
    }

    /**
     * The claims of the caller's branch subtree per state, from the summary {@code mutualaid_claim_total} (kept by
     * triggers in the same transaction as every claim change, V190); drafts (not yet submitted) are left out,
     * every other state is present, with 0 when there is none.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR', 'CLAIMS_REVIEWER')")
    public Map<ClaimState, Long> countByState() {
        Map<ClaimState, Long> result = new EnumMap<>(ClaimState.class);
        for (ClaimState state : ClaimState.values()) {
            if (state != ClaimState.DRAFT) {
                result.put(state, 0L);
            }
        }
        jdbc.query("""
                select t.state, sum(t.claims) n from mutualaid_claim_total t join branch b on b.id = t.branch_id
                 where b.path like ? and t.state <> 'DRAFT' group by t.state""",
                rs -> {
                    result.put(ClaimState.valueOf(rs.getString("state")), rs.getLong("n"));
                }, branches.scopeOf(Actors.required().branchId()).likePattern());
        return result;
    }

    /** The review queue of the reviewer's subtree, oldest submission first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CLAIMS_REVIEWER', 'CASEWORKER')")
    public Page<ClaimSummary> queue(ClaimFilter filter, Pageable pageable) {
        SqlWhere where = SqlWhere.where("c.branch_path like ?",
                branches.scopeOf(Actors.required().branchId()).likePattern());
        if (filter.state() != null) {
            where.eq("c.state", filter.state());
        } else {
            where.and("c.state in ('SUBMITTED', 'IN_REVIEW', 'MORE_INFO_REQUESTED')");
        }
        // the scope is on the claim row, the page is chosen before the names are joined, the count is capped
        return QUEUE.page(jdbc, where.eq("c.plan_id", filter.planId()).inBranch("c.branch_path", filter.branchId()),
                pageable, SUMMARY_ROW, this::withNames);
    }

    /** The signed-in worker's claims, newest first. */
    @Transactional(readOnly = true)
    public List<ClaimSummary> mine() {
        Long workerId = Actors.required().workerId();
        if (workerId == null) {
            return List.of();
        }
        return withNames(jdbc.query(SUMMARY + " " + FROM + " where c.worker_id = ? order by c.id desc", SUMMARY_ROW,
                workerId));
    }

    /** The signed-in worker's coverage (for choosing the plan of a claim). */
    @Transactional(readOnly = true)
    public List<EnrolmentView> coverageOf(@Nullable Long workerId) {
        Actor actor = Actors.required();
        long worker = claimantOf(actor, workerId);
        // the confirmed terms, one per plan (the latest: a renewal's term follows the previous one)
        Map<Long, EnrolmentView> byPlan = new java.util.LinkedHashMap<>();
        enrolments.ofWorker(worker).stream().filter(EnrolmentView::confirmed).forEach(e -> byPlan.put(e.planId(), e));
        return List.copyOf(byPlan.values());
    }

    // ---- within the module -----------------------------------------------------------------------

    long claimantOf(Actor actor, @Nullable Long workerId) {
        if (workerId == null || Objects.equals(workerId, actor.workerId())) {
            if (actor.workerId() == null) {
                throw new BusinessRuleException("claim.noWorkerRecord");
            }
            return actor.workerId();
        }
        if (!actor.has(Role.CASEWORKER)) {
            throw new ClaimNotFoundException("worker " + workerId);
        }
        return people.get(workerId).id(); // 404 outside the caseworker's subtree
    }

    Claim loadVisible(long id) {
        Actor actor = Actors.required();
        Claim claim = claims.findById(id).orElseThrow(() -> new ClaimNotFoundException(id));
        boolean own = Objects.equals(actor.workerId(), claim.workerId());
        boolean staff = Resource.CLAIM.readsAsStaff(actor)
                && branches.covers(actor.branchId(), claim.branchId());
        if (!own && !staff) {
            throw new ClaimNotFoundException(id);
        }
        return claim;
    }

    ClaimView view(Claim c) {
        String workerName = workers.card(c.workerId()).map(WorkerCard::name).orElse("?");
        String branchName = branches.get(c.branchId()).displayName(
                LocaleContextHolder.getLocale());
        PlanView plan = plans.get(c.planId());
        List<String> invoices = jdbc.queryForList(
                "select invoice_number from mutualaid_claim_invoice where claim_id = ? order by id", String.class,
                c.id());
        List<ClaimView.DuplicateInvoice> duplicates = jdbc.query("""
                select i.invoice_number, o.reference from mutualaid_claim_invoice i
                  join mutualaid_claim_invoice j on j.invoice_number = i.invoice_number and j.claim_id <> i.claim_id
                  join mutualaid_claim o on o.id = j.claim_id
                 where i.claim_id = ? order by i.invoice_number, o.reference""",
                (rs, i) -> new ClaimView.DuplicateInvoice(rs.getString(1), rs.getString(2)), c.id());
        RuleVersionView rules = c.ruleVersionId() != null
                ? plan.rules().stream().filter(r -> r.id() == c.ruleVersionId()).findFirst().orElse(null)
                : plans.rulesOn(c.planId(), c.admissionDate()).orElse(null);
        BenefitCalculation explanation;
        ExplanationLine blocker = c.state() == ClaimState.DRAFT ? checks.blocker(c, LocalDate.now(clock)) : null;
        if (blocker != null) {
            explanation = null;
        } else if (c.explanation() != null) {
            explanation = new BenefitCalculation(Objects.requireNonNull(c.calculatedAmount()),
                    ClaimBenefits.deserialise(c.explanation()), null);
        } else if (rules != null && c.state() != ClaimState.REJECTED) {
            explanation = benefits.calculate(c, rules,
                    Objects.requireNonNullElse(c.submittedOn(), LocalDate.now(clock)));
        } else {
            explanation = null;
        }
        return new ClaimView(c.id(), c.reference(), c.planId(), plan.code(), plan.name(), c.workerId(), workerName,
                c.branchId(), branchName, c.state(), c.admissionDate(), c.dischargeDate(), c.hospital(),
                c.diagnosis(), c.invoiceTotal(), c.basicInsurancePaid(), c.selfPaid(), invoices, c.submittedOn(),
                rules, explanation, c.calculatedAmount(), c.approvedAmount(), c.overrideReason(),
                c.decisionReason(), c.paidAt(), duplicates, documents.listFor(Claims.DOCUMENT_OWNER, c.id()),
                transitions.findByClaimIdOrderByIdAsc(c.id()).stream().map(t -> new ClaimView.Transition(
                        t.fromState(), t.toState(), t.actor(), t.occurredAt(), t.note())).toList(), c.version(),
                blocker, c.origin());
    }

    private static final String SUMMARY = """
            select c.id, c.reference, p.code, c.worker_id, b.name branch_name, c.state, c.admission_date,
                   c.submitted_on, c.invoice_total, c.approved_amount""";

    private static final String FROM = """
             from mutualaid_claim c join mutualaid_plan p on p.id = c.plan_id
             join branch b on b.id = c.branch_id""";
    /**
     * The queue chooses its page from the claims alone ({@code c.branch_path} carries the scope), oldest submission
     * first, then joins the plan codes and branch names of the page; the claimants' names come from the registry
     * ({@link #withNames}).
     */
    private static final ListQuery QUEUE = new ListQuery(SUMMARY, " from mutualaid_claim c", "c", """
             join mutualaid_plan p on p.id = c.plan_id
             join branch b on b.id = c.branch_id""", SqlOrder.fixed("c.submitted_on nulls last", "c.id"));

    /** A claim summary and its claimant, whose name the registry gives. */
    private record Row(ClaimSummary summary, long workerId) {
    }

    private static final RowMapper<Row> SUMMARY_ROW = (rs, i) -> new Row(new ClaimSummary(rs.getLong("id"),
            rs.getString("reference"), rs.getString("code"), "", rs.getString("branch_name"),
            ClaimState.valueOf(rs.getString("state")), rs.getObject("admission_date", LocalDate.class),
            rs.getObject("submitted_on", LocalDate.class), rs.getBigDecimal("invoice_total"),
            rs.getBigDecimal("approved_amount")), rs.getLong("worker_id"));

    /** The claimants' names of the rows: one registry read for the page, never one per row. */
    private List<ClaimSummary> withNames(List<Row> rows) {
        Map<Long, String> names = workers.namesOf(rows.stream().map(Row::workerId).toList());
        return rows.stream().map(r -> {
            ClaimSummary c = r.summary();
            return new ClaimSummary(c.id(), c.reference(), c.planCode(), names.getOrDefault(r.workerId(), "?"),
                    c.branchName(), c.state(), c.admissionDate(), c.submittedOn(), c.invoiceTotal(),
                    c.approvedAmount());
        }).toList();
    }
}
