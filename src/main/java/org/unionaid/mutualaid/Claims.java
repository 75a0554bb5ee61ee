package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
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
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.Money;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Role;
import org.unionaid.users.Users;

/**
 * Mutual-aid claims: filed by the worker (or a caseworker on their behalf) as a DRAFT with documents, submitted
 * (refused with the reason when outside coverage, inside the waiting period, past the deadline or over the
 * yearly number of claims), reviewed by CLAIMS_REVIEWERs of the claim's branch subtree (oldest first), who may
 * ask for more information, approve with the calculated amount or an override with its reason, or reject.
 * The approval updates the member's annual accumulator under its row lock in the same transaction, so concurrent
 * approvals never grant more than the annual cap, and proposes the payout (payouts module) in that transaction too;
 * the claim becomes PAID when its payout is paid ({@link ClaimPayments}). Every transition is kept in the claim's
 * history and audited. These are the commands; reading is {@link ClaimQueries}, the checks of a filing and a
 * submission are {@link ClaimChecks}, the benefit calculation of a claim {@link ClaimBenefits}.
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

    private final ClaimRepository claims;
    private final ClaimTransitionRepository transitions;
    private final ClaimQueries queries;
    private final ClaimChecks checks;
    private final ClaimBenefits benefits;
    private final Enrolments enrolments;
    private final MutualAidPlans plans;
    private final AnnualAccumulators accumulators;
    private final People people;
    private final Branches branches;
    private final Documents documents;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Payouts payouts;
    private final Users users;
    private final org.springframework.context.ApplicationEventPublisher events;

    Claims(ClaimRepository claims, ClaimTransitionRepository transitions, ClaimQueries queries, ClaimChecks checks,
           ClaimBenefits benefits, Enrolments enrolments, MutualAidPlans plans, AnnualAccumulators accumulators,
           People people, Branches branches, Documents documents, Notifications notifications, AuditTrail audit,
           JdbcTemplate jdbc, Clock clock, Payouts payouts, Users users,
           org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.claims = claims;
        this.transitions = transitions;
        this.queries = queries;
        this.checks = checks;
        this.benefits = benefits;
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
        this.payouts = payouts;
        this.users = users;
    }

    // ---- filing ----------------------------------------------------------------------------------

    /** Opens a DRAFT claim under the worker's enrolment in the plan. */
    @PreAuthorize("hasAnyRole('WORKER', 'CASEWORKER')")
    public ClaimView file(FileClaim command) {
        Actor actor = Actors.required();
        long workerId = queries.claimantOf(actor, command.workerId());
        Enrolment enrolment = enrolments.find(command.planId(), workerId, command.admission())
                .orElseThrow(() -> new BusinessRuleException("claim.notEnrolled"));
        ClaimChecks.checkFiling(command);
        long branchId = people.get(workerId).branch().id();
        String reference = "CL-" + String.format("%06d", claims.nextNumber());
        Claim claim = claims.saveAndFlush(new Claim(reference, enrolment, branchId, actor.id(),
                ClaimChecks.details(command)));
        storeInvoices(claim.id(), command.invoiceNumbers());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reference", reference);
        after.put("planId", command.planId());
        after.put("workerId", workerId);
        after.put("state", claim.state());
        after.put("invoiceTotal", command.invoiceTotal());
        audit.record(AuditEntry.of(ENTITY, claim.id(), "FILE", branchId).withAfter(after));
        return queries.view(claim);
    }

    /** Changes a DRAFT's facts. */
    @PreAuthorize("hasAnyRole('WORKER', 'CASEWORKER')")
    public ClaimView change(long id, FileClaim command) {
        Claim claim = loadForClaimant(id);
        ClaimChecks.checkFiling(command);
        claim.change(ClaimChecks.details(command));
        claims.flush();
        jdbc.update("delete from mutualaid_claim_invoice where claim_id = ?", id);
        storeInvoices(id, command.invoiceNumbers());
        audit.record(AuditEntry.of(ENTITY, id, "CHANGE", claim.branchId())
                .withAfter(Map.of("invoiceTotal", command.invoiceTotal())));
        return queries.view(claim);
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
        checks.checkSubmission(claim, today);
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
        BenefitCalculation calculation = benefits.calculate(claim, rules, totals,
                Objects.requireNonNullElse(claim.submittedOn(), today()), totals.claims());
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
            BigDecimal annualCap = benefits.annualCap(claim, rules);
            BigDecimal remaining = annualCap == null ? null
                    : annualCap.subtract(totals.granted()).max(BigDecimal.ZERO);
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
                ClaimBenefits.serialise(calculation.lines()), actor.id(), actor.username(), clock.instant());
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
        events.publishEvent(new ClaimApproved(id, claim.reference(), claim.workerId(), granted, today()));
        return queries.view(claim);
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

    // ---- internals -------------------------------------------------------------------------------

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

    Claim loadForReviewer(long id) {
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

    /**
     * The member's own accounts and whoever filed the claim (a caseworker on their behalf), once each; an imported
     * claim's "filer" is the reviewer who imported the settlement data, who is not told about it as a claimant.
     */
    private void notifyClaimant(Claim claim, String kind, String key, List<String> args, boolean email) {
        Set<Long> recipients = new LinkedHashSet<>(users.enabledAccountsOfWorker(claim.workerId()));
        if (claim.origin() == ClaimOrigin.MANUAL) {
            recipients.add(claim.filedBy());
        }
        for (long userId : recipients) {
            notifications.notify(new Notice(userId, kind, key, args, "/mutualaid/claims/" + claim.id(), email));
        }
    }

    ClaimView applied(Claim claim, ClaimTransition transition) {
        claims.flush();
        transitions.save(transition);
        audit.record(AuditEntry.of(ENTITY, claim.id(), transition.toState().name(), claim.branchId())
                .withBefore(Map.of("state", transition.fromState()))
                .withAfter(Map.of("state", transition.toState()))
                .withReason(transition.note()));
        return queries.view(claim);
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
}
