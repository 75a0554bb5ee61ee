package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.documents.DocumentKind;
import org.unionaid.documents.Documents;
import org.unionaid.documents.DocumentView;
import org.unionaid.documents.StoreDocument;
import org.unionaid.mutualaid.domain.Claim;
import org.unionaid.mutualaid.domain.ClaimRepository;
import org.unionaid.mutualaid.domain.ClaimTransition;
import org.unionaid.mutualaid.domain.ClaimTransitionRepository;
import org.unionaid.mutualaid.domain.Enrolment;
import org.unionaid.notifications.Notice;
import org.unionaid.notifications.Notifications;
import org.unionaid.payouts.PayoutKind;
import org.unionaid.payouts.PayoutSourceType;
import org.unionaid.payouts.Payouts;
import org.unionaid.payouts.ProposePayout;
import org.unionaid.people.People;
import org.unionaid.people.WorkerCard;
import org.unionaid.people.WorkerDirectory;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.sql.CappedCount;
import org.unionaid.users.Users;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Role;
import org.unionaid.shared.Money;

/**
 * Mutual-aid claims: filed by the worker (or a caseworker on their behalf) as a DRAFT with documents, submitted
 * (refused with the reason when outside coverage, inside the waiting period, past the deadline or over the
 * yearly number of claims), reviewed by CLAIMS_REVIEWERs of the claim's branch subtree (oldest first), who may
 * ask for more information, approve with the calculated amount or an override with its reason, or reject.
 * The approval updates the member's annual accumulator under its row lock in the same transaction, so concurrent
 * approvals never grant more than the annual cap, and proposes the payout (payouts module) in that transaction too;
 * the claim becomes PAID when its payout is paid ({@link ClaimPayments}). Every transition is kept in the claim's
 * history and audited.
 *
 * <p>Who sees a claim: the claimant, and CASEWORKERs and CLAIMS_REVIEWERs whose branch subtree covers the
 * claim's branch; anyone else gets {@link ClaimNotFoundException}. The diagnosis is health data: stored
 * encrypted, shown only to them.
 */
@Service
@Transactional
public class Claims {

    static final String ENTITY = "MutualAidClaim";
    static final String DOCUMENT_OWNER = "CLAIM";
    private static final String FIELD_SEPARATOR = "\u001F";
    private static final int MAX_PAGE_SIZE = 100;

    private final ClaimRepository claims;
    private final ClaimTransitionRepository transitions;
    private final Enrolments enrolments;
    private final MutualAidPlans plans;
    private final AnnualAccumulators accumulators;
    private final People people;
    private final WorkerDirectory workers;
    private final Branches branches;
    private final Documents documents;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Payouts payouts;
    private final BenefitCalculator calculator = new BenefitCalculator();

    private final Users users;

    Claims(ClaimRepository claims, ClaimTransitionRepository transitions, Enrolments enrolments, MutualAidPlans plans,
           AnnualAccumulators accumulators, People people, Branches branches,
           Documents documents, Notifications notifications, AuditTrail audit,
           JdbcTemplate jdbc, Clock clock, Payouts payouts, Users users,
           WorkerDirectory workers) {
        this.users = users;
        this.workers = workers;
        this.payouts = payouts;
        this.claims = claims;
        this.transitions = transitions;
        this.enrolments = enrolments;
        this.plans = plans;
        this.accumulators = accumulators;
        this.people = people;
        this.branches = branches;
        this.documents = documents;
        this.notifications = notifications;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- filing ----------------------------------------------------------------------------------

    /** Opens a DRAFT claim under the worker's enrolment in the plan. */
    @PreAuthorize("hasAnyRole('WORKER', 'CASEWORKER')")
    public ClaimView file(FileClaim command) {
        Actor actor = Actors.required();
        long workerId = claimantOf(actor, command.workerId());
        Enrolment enrolment = enrolments.find(command.planId(), workerId)
                .orElseThrow(() -> new BusinessRuleException("claim.notEnrolled"));
        checkAmounts(command);
        long branchId = people.get(workerId).branch().id();
        String reference = "CL-" + String.format("%06d", claims.nextNumber());
        Claim claim = claims.saveAndFlush(new Claim(reference, enrolment, branchId, actor.id(), details(command)));
        storeInvoices(claim.id(), command.invoiceNumbers());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reference", reference);
        after.put("planId", command.planId());
        after.put("workerId", workerId);
        after.put("state", claim.state());
        after.put("invoiceTotal", command.invoiceTotal());
        audit.record(AuditEntry.of(ENTITY, claim.id(), "FILE", branchId).withAfter(after));
        return view(claim);
    }

    /** Changes a DRAFT's facts. */
    @PreAuthorize("hasAnyRole('WORKER', 'CASEWORKER')")
    public ClaimView change(long id, FileClaim command) {
        Claim claim = loadForClaimant(id);
        checkAmounts(command);
        claim.change(details(command));
        claims.flush();
        jdbc.update("delete from mutualaid_claim_invoice where claim_id = ?", id);
        storeInvoices(id, command.invoiceNumbers());
        audit.record(AuditEntry.of(ENTITY, id, "CHANGE", claim.branchId())
                .withAfter(Map.of("invoiceTotal", command.invoiceTotal())));
        return view(claim);
    }

    /**
     * The checks {@link #attach} makes on a file (not empty, size, type), without storing it, so the claim form
     * can refuse a bad file before the claim is filed.
     */
    @PreAuthorize("hasAnyRole('WORKER', 'CASEWORKER')")
    public void checkDocument(String fileName, byte[] bytes) {
        documents.check(bytes, fileName);
    }

    /** Adds a document (diagnosis certificate, invoice, discharge summary…) while the claim is not decided. */
    @PreAuthorize("hasAnyRole('WORKER', 'CASEWORKER')")
    public DocumentView attach(long id, DocumentKind kind, String fileName, byte[] bytes) {
        Claim claim = loadForClaimant(id);
        if (claim.state() == ClaimState.APPROVED || claim.state() == ClaimState.REJECTED
                || claim.state() == ClaimState.PAID) {
            throw new BusinessRuleException(Claim.ILLEGAL, claim.state().name());
        }
        return documents.store(new StoreDocument(DOCUMENT_OWNER, id, claim.branchId(), claim.workerId(), kind, fileName,
                bytes));
    }

    /**
     * Submits a DRAFT. Refused with the reason when the admission is outside the coverage, inside the waiting
     * period, no rules were in force then, the claim is past its deadline or over the yearly number of claims,
     * or it has no document.
     */
    @PreAuthorize("hasAnyRole('WORKER', 'CASEWORKER')")
    public ClaimView submit(long id) {
        Claim claim = loadForClaimant(id);
        LocalDate today = today();
        Enrolment enrolment = enrolments.find(claim.planId(), claim.workerId())
                .orElseThrow(() -> new BusinessRuleException("claim.notEnrolled"));
        LocalDate admission = claim.admissionDate();
        if (admission.isBefore(enrolment.coverageStart()) || admission.isAfter(enrolment.coverageEnd())) {
            throw new BusinessRuleException("claim.refused.outsideCoverage", enrolment.coverageStart().toString(),
                    enrolment.coverageEnd().toString());
        }
        if (admission.isBefore(enrolment.waitingEndsOn())) {
            throw new BusinessRuleException("claim.refused.waitingPeriod", enrolment.waitingEndsOn().toString());
        }
        if (claim.dischargeDate().isAfter(today)) {
            throw new BusinessRuleException("claim.refused.future");
        }
        RuleVersionView rules = plans.rulesOn(claim.planId(), admission)
                .orElseThrow(() -> new BusinessRuleException("claim.refused.noRules", admission.toString()));
        BenefitCalculation calculation = calculate(claim, rules, today);
        if (calculation.refused()) {
            ExplanationLine refusal = Objects.requireNonNull(calculation.refusal());
            throw new BusinessRuleException(refusal.key(), refusal.argsArray());
        }
        if (documents.listFor(DOCUMENT_OWNER, id).isEmpty()) {
            throw new BusinessRuleException("claim.documents.required");
        }
        return applied(claim, claim.submit(today, Actors.currentName(), clock.instant()));
    }

    /** The claimant answers a request for more information (documents are added with {@link #attach}). */
    @PreAuthorize("hasAnyRole('WORKER', 'CASEWORKER')")
    public ClaimView answer(long id, String text) {
        Claim claim = loadForClaimant(id);
        return applied(claim, claim.answer(requireText(text), Actors.currentName(), clock.instant()));
    }

    // ---- review ----------------------------------------------------------------------------------

    @PreAuthorize("hasRole('CLAIMS_REVIEWER')")
    public ClaimView startReview(long id) {
        Claim claim = loadForReviewer(id);
        return applied(claim, claim.startReview(Actors.currentName(), clock.instant()));
    }

    @PreAuthorize("hasRole('CLAIMS_REVIEWER')")
    public ClaimView requestMoreInfo(long id, String question) {
        Claim claim = loadForReviewer(id);
        reviewing(claim);
        ClaimView view = applied(claim, claim.requestMoreInfo(requireText(question), Actors.currentName(),
                clock.instant()));
        notifyClaimant(claim, "CLAIM_MORE_INFO", "claim.notice.moreInfo", List.of(claim.reference()), true);
        return view;
    }

    /**
     * Approves with the calculated amount ({@code overrideAmount} null) or with another amount and its reason.
     * The member's accumulator is locked first; the calculation then sees every earlier approval, and the amount
     * granted never exceeds what remains of the annual cap.
     */
    @PreAuthorize("hasRole('CLAIMS_REVIEWER')")
    public ClaimView approve(long id, @Nullable BigDecimal overrideAmount, @Nullable String overrideReason) {
        Actor actor = Actors.required();
        Claim claim = loadForReviewer(id);
        reviewing(claim);
        int year = claim.admissionDate().getYear();
        AnnualAccumulators.Totals totals = accumulators.lock(claim.workerId(), claim.planId(), year);
        // a second approval of the same claim that waited here fails on the claim's version column at the flush
        // below and rolls back with everything it changed
        RuleVersionView rules = plans.rulesOn(claim.planId(), claim.admissionDate())
                .orElseThrow(() -> new BusinessRuleException("claim.refused.noRules",
                        claim.admissionDate().toString()));
        BenefitCalculation calculation = calculator.calculate(rules.rule(), input(claim, totals,
                Objects.requireNonNullElse(claim.submittedOn(), today()), totals.claims()));
        if (calculation.refused()) {
            ExplanationLine refusal = Objects.requireNonNull(calculation.refusal());
            throw new BusinessRuleException(refusal.key(), refusal.argsArray());
        }
        BigDecimal calculated = calculation.amount();
        BigDecimal granted = calculated;
        String reason = blankToNull(overrideReason);
        if (overrideAmount != null && overrideAmount.compareTo(calculated) != 0) {
            if (reason == null) {
                throw new BusinessRuleException("claim.override.reasonRequired");
            }
            if (overrideAmount.signum() < 0) {
                throw new BusinessRuleException("claim.override.negative");
            }
            BigDecimal remaining = rules.rule().annualCap() == null ? null
                    : rules.rule().annualCap().subtract(totals.granted()).max(BigDecimal.ZERO);
            if (remaining != null && overrideAmount.compareTo(remaining) > 0) {
                throw new BusinessRuleException("claim.override.overAnnualCap", BenefitCalculator.money(remaining));
            }
            granted = Money.round(overrideAmount);
        } else {
            reason = null;
        }
        if (granted.signum() == 0) {
            throw new BusinessRuleException("claim.approve.nothingToGrant");
        }
        accumulators.add(claim.workerId(), claim.planId(), year, granted);
        ClaimTransition transition = claim.approve(rules.id(), calculated, granted, reason,
                serialise(calculation.lines()), actor.id(), actor.username(), clock.instant());
        claims.flush();
        transitions.save(transition);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", ClaimState.APPROVED);
        after.put("ruleVersionId", rules.id());
        after.put("calculatedAmount", calculated);
        after.put("approvedAmount", granted);
        after.put("grantedThisYearBefore", totals.granted());
        audit.record(AuditEntry.of(ENTITY, id, reason == null ? "APPROVE" : "APPROVE_OVERRIDE", claim.branchId())
                .withBefore(Map.of("state", transition.fromState())).withAfter(after).withReason(reason));
        notifyClaimant(claim, "CLAIM_APPROVED", "claim.notice.approved",
                List.of(claim.reference(), BenefitCalculator.money(granted)), true);
        // paid through the payouts module (maker-checker, batches); a refusal there rolls the approval back
        payouts.propose(new ProposePayout(PayoutSourceType.CLAIM, id, claim.branchId(), claim.workerId(), null,
                PayoutKind.CASH, granted, null, null, true, null,
                plans.get(claim.planId()).name() + " " + claim.reference()));
        return view(claim);
    }

    @PreAuthorize("hasRole('CLAIMS_REVIEWER')")
    public ClaimView reject(long id, String reason) {
        Actor actor = Actors.required();
        Claim claim = loadForReviewer(id);
        reviewing(claim);
        ClaimView view = applied(claim, claim.reject(requireText(reason), actor.id(), actor.username(),
                clock.instant()));
        notifyClaimant(claim, "CLAIM_REJECTED", "claim.notice.rejected", List.of(claim.reference()), true);
        return view;
    }

    // ---- for appeals (the appeals module asks; mutual aid does not know it) ---------------------------

    /**
     * The rejection of a claim the caller may see (the claimant, claims staff of its scope), or empty when it is
     * not REJECTED; who refused it and when come from its REJECTED history row.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<ClaimRefusal> refusal(long id) {
        Claim claim = loadVisible(id);
        if (claim.state() != ClaimState.REJECTED) {
            return java.util.Optional.empty();
        }
        List<ClaimTransition> history = transitions.findByClaimIdOrderByIdAsc(claim.id());
        ClaimTransition rejected = null;
        for (ClaimTransition t : history) {
            if (t.toState() == ClaimState.REJECTED) {
                rejected = t;
            }
        }
        if (rejected == null) {
            return java.util.Optional.empty(); // a row written without its history (bulk data): not appealable
        }
        return java.util.Optional.of(new ClaimRefusal(claim.id(), claim.reference(), claim.branchId(),
                claim.workerId(), rejected.actor(), rejected.occurredAt(),
                Objects.requireNonNullElse(claim.decisionReason(), "")));
    }

    /**
     * An appeal against the rejection was upheld (by a CLAIMS_REVIEWER of scope): the claim is back IN_REVIEW for
     * a new decision. History and audit row; the appeals module notifies the claimant of the outcome.
     */
    @PreAuthorize("hasRole('CLAIMS_REVIEWER')")
    public ClaimView reopenOnAppeal(long id, String appealReference) {
        Claim claim = loadForReviewer(id);
        return applied(claim, claim.reopenOnAppeal("appeal " + appealReference, Actors.currentName(),
                clock.instant()));
    }

    /** Marks an APPROVED claim PAID (called in the transaction that paid its payout); false if not APPROVED. */
    boolean markPaid(long id, String note) {
        Claim claim = claims.findById(id).orElseThrow(() -> new ClaimNotFoundException(id));
        if (claim.state() != ClaimState.APPROVED) {
            return false;
        }
        applied(claim, claim.markPaid(Actors.currentName(), clock.instant(), note));
        notifyClaimant(claim, "CLAIM_PAID", "claim.notice.paid", List.of(claim.reference()), false);
        return true;
    }

    // ---- reading ---------------------------------------------------------------------------------

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
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where c.branch_path like ?");
        args.add(branches.scopeOf(Actors.required().branchId()).likePattern());
        if (filter.state() != null) {
            where.append(" and c.state = ?");
            args.add(filter.state().name());
        } else {
            where.append(" and c.state in ('SUBMITTED', 'IN_REVIEW', 'MORE_INFO_REQUESTED')");
        }
        if (filter.planId() != null) {
            where.append(" and c.plan_id = ?");
            args.add(filter.planId());
        }
        if (filter.branchId() != null) {
            where.append(" and c.branch_path like (select p.path || '%' from branch p where p.id = ?)");
            args.add(filter.branchId());
        }
        // the scope is on the claim row, the page is chosen before the names are joined, the count is capped
        Long total = jdbc.queryForObject(CappedCount.sql(QUEUE_FROM + where), Long.class, args.toArray());
        int size = Math.min(Math.max(pageable.getPageSize(), 1), MAX_PAGE_SIZE);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) pageable.getPageNumber() * size);
        String order = " order by c.submitted_on nulls last, c.id";
        List<ClaimSummary> rows = withNames(jdbc.query(SUMMARY + " from (select c.*" + QUEUE_FROM + where + order
                + " limit ? offset ?) c " + NAMES + " " + order.strip(), SUMMARY_ROW, pageArgs.toArray()));
        return new PageImpl<>(rows, PageRequest.of(pageable.getPageNumber(), size), total == null ? 0 : total);
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
        return enrolments.ofWorker(worker);
    }

    // ---- internals -------------------------------------------------------------------------------

    private long claimantOf(Actor actor, @Nullable Long workerId) {
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

    private Claim loadVisible(long id) {
        Actor actor = Actors.required();
        Claim claim = claims.findById(id).orElseThrow(() -> new ClaimNotFoundException(id));
        boolean own = Objects.equals(actor.workerId(), claim.workerId());
        boolean staff = org.unionaid.shared.security.Resource.CLAIM.readsAsStaff(actor)
                && branches.covers(actor.branchId(), claim.branchId());
        if (!own && !staff) {
            throw new ClaimNotFoundException(id);
        }
        return claim;
    }

    private Claim loadForClaimant(long id) {
        Actor actor = Actors.required();
        Claim claim = claims.findById(id).orElseThrow(() -> new ClaimNotFoundException(id));
        boolean own = Objects.equals(actor.workerId(), claim.workerId());
        boolean caseworker = actor.has(Role.CASEWORKER) && branches.covers(actor.branchId(), claim.branchId());
        if (!own && !caseworker) {
            throw new ClaimNotFoundException(id);
        }
        return claim;
    }

    private Claim loadForReviewer(long id) {
        Actor actor = Actors.required();
        Claim claim = claims.findById(id).orElseThrow(() -> new ClaimNotFoundException(id));
        if (!actor.has(Role.CLAIMS_REVIEWER) || !branches.covers(actor.branchId(), claim.branchId())) {
            throw new ClaimNotFoundException(id);
        }
        return claim;
    }

    /** A decision taken straight from SUBMITTED starts the review first (its own history and audit row). */
    private void reviewing(Claim claim) {
        if (claim.state() == ClaimState.SUBMITTED) {
            applied(claim, claim.startReview(Actors.currentName(), clock.instant()));
        }
    }

    /** The member's own accounts and whoever filed the claim (a caseworker on their behalf), once each. */
    private void notifyClaimant(Claim claim, String kind, String key, List<String> args, boolean email) {
        Set<Long> recipients = new LinkedHashSet<>(users.enabledAccountsOfWorker(claim.workerId()));
        recipients.add(claim.filedBy());
        for (long userId : recipients) {
            notifications.notify(new Notice(userId, kind, key, args, "/mutualaid/claims/" + claim.id(), email));
        }
    }

    private ClaimView applied(Claim claim, ClaimTransition transition) {
        claims.flush();
        transitions.save(transition);
        audit.record(AuditEntry.of(ENTITY, claim.id(), transition.toState().name(), claim.branchId())
                .withBefore(Map.of("state", transition.fromState()))
                .withAfter(Map.of("state", transition.toState()))
                .withReason(transition.note()));
        return view(claim);
    }

    private BenefitCalculation calculate(Claim claim, RuleVersionView rules, LocalDate filedOn) {
        AnnualAccumulators.Totals totals = accumulators.peek(claim.workerId(), claim.planId(),
                claim.admissionDate().getYear());
        int others = (int) claims.countOthersInYear(claim.workerId(), claim.planId(), claim.admissionDate().getYear(),
                claim.id());
        return calculator.calculate(rules.rule(), input(claim, totals, filedOn, others));
    }

    private static BenefitInput input(Claim claim, AnnualAccumulators.Totals totals, LocalDate filedOn,
                                      int claimsThisYear) {
        return new BenefitInput(claim.admissionDate(), claim.dischargeDate(), filedOn, claim.invoiceTotal(),
                claim.basicInsurancePaid(), claim.selfPaid(), totals.granted(), claimsThisYear);
    }

    private ClaimView view(Claim c) {
        String workerName = workers.card(c.workerId()).map(WorkerCard::name).orElse("?");
        String branchName = branches.get(c.branchId()).displayName(
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
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
        if (c.explanation() != null) {
            explanation = new BenefitCalculation(Objects.requireNonNull(c.calculatedAmount()),
                    deserialise(c.explanation()), null);
        } else if (rules != null && c.state() != ClaimState.REJECTED) {
            explanation = calculate(c, rules, Objects.requireNonNullElse(c.submittedOn(), today()));
        } else {
            explanation = null;
        }
        return new ClaimView(c.id(), c.reference(), c.planId(), plan.code(), plan.name(), c.workerId(), workerName,
                c.branchId(), branchName, c.state(), c.admissionDate(), c.dischargeDate(), c.hospital(),
                c.diagnosis(), c.invoiceTotal(), c.basicInsurancePaid(), c.selfPaid(), invoices, c.submittedOn(),
                rules, explanation, c.calculatedAmount(), c.approvedAmount(), c.overrideReason(),
                c.decisionReason(), c.paidAt(), duplicates, documents.listFor(DOCUMENT_OWNER, c.id()),
                transitions.findByClaimIdOrderByIdAsc(c.id()).stream().map(t -> new ClaimView.Transition(
                        t.fromState(), t.toState(), t.actor(), t.occurredAt(), t.note())).toList(), c.version());
    }

    private void storeInvoices(long claimId, List<String> numbers) {
        for (String number : new LinkedHashSet<>(numbers.stream().map(String::strip).filter(s -> !s.isEmpty())
                .toList())) {
            if (number.length() > 60) {
                throw new BusinessRuleException("claim.invoice.tooLong");
            }
            jdbc.update("insert into mutualaid_claim_invoice (claim_id, invoice_number) values (?, ?)", claimId,
                    number);
        }
    }

    private static void checkAmounts(FileClaim command) {
        if (command.discharge().isBefore(command.admission())) {
            throw new BusinessRuleException("claim.dates.order");
        }
        if (command.invoiceTotal().signum() < 0 || command.basicInsurancePaid().signum() < 0
                || command.selfPaid().signum() < 0) {
            throw new BusinessRuleException("claim.amount.negative");
        }
        if (command.basicInsurancePaid().add(command.selfPaid()).compareTo(command.invoiceTotal()) > 0) {
            throw new BusinessRuleException("claim.amount.partsOverTotal");
        }
        if (command.hospital().isBlank() || command.diagnosis().isBlank()) {
            throw new BusinessRuleException("claim.required");
        }
    }

    private static Claim.Details details(FileClaim c) {
        return new Claim.Details(c.admission(), c.discharge(), c.hospital().strip(), c.diagnosis().strip(),
                Money.round(c.invoiceTotal()), Money.round(c.basicInsurancePaid()), Money.round(c.selfPaid()));
    }

    static String serialise(List<ExplanationLine> lines) {
        StringBuilder text = new StringBuilder();
        for (ExplanationLine line : lines) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(line.key());
            line.args().forEach(a -> text.append(FIELD_SEPARATOR).append(a));
        }
        return text.toString();
    }

    static List<ExplanationLine> deserialise(String text) {
        return text.lines().map(l -> {
            String[] parts = l.split(FIELD_SEPARATOR, -1);
            return new ExplanationLine(parts[0], List.of(parts).subList(1, parts.length));
        }).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }


    private static String requireText(@Nullable String text) {
        String value = blankToNull(text);
        if (value == null) {
            throw new BusinessRuleException("claim.reason.required");
        }
        return value;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static final String SUMMARY = """
            select c.id, c.reference, p.code, c.worker_id, b.name branch_name, c.state, c.admission_date,
                   c.submitted_on, c.invoice_total, c.approved_amount""";

    private static final String FROM = """
             from mutualaid_claim c join mutualaid_plan p on p.id = c.plan_id
             join branch b on b.id = c.branch_id""";
    /** The queue chooses its page from the claims alone ({@code c.branch_path} carries the scope). */
    private static final String QUEUE_FROM = " from mutualaid_claim c";
    /** Plan codes and branch names of the page; the claimants' names come from the registry ({@link #withNames}). */
    private static final String NAMES = """
             join mutualaid_plan p on p.id = c.plan_id
             join branch b on b.id = c.branch_id""";

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
