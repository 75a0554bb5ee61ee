package org.unionaid.payouts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.notifications.Notice;
import org.unionaid.notifications.Notifications;
import org.unionaid.payouts.domain.ApprovalStep;
import org.unionaid.payouts.domain.FundingLine;
import org.unionaid.payouts.domain.Payout;
import org.unionaid.payouts.domain.PayoutRepository;
import org.unionaid.payouts.domain.PayoutTransition;
import org.unionaid.payouts.domain.PayoutTransitionRepository;
import org.unionaid.people.PayoutAccountStatus;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;

/**
 * Payouts and their maker-checker approval: the commands. Each transition loads the payout within the caller's
 * scope (otherwise {@link PayoutNotFoundException}), lets the entity check the state, moves the funding with
 * conditional updates, writes one history row and one audit row, and publishes the event — all in one
 * transaction. Approval takes a row lock first, so double clicks and two admins at once approve once. Reading
 * (a payout, lists, the approval queue, totals) is {@link PayoutQueries}; the split over funding sources is
 * made and checked by {@link FundingSplits}, a proposal by {@link ProposalChecks}; a payee's account change is
 * handled by {@link PayoutAccountChanges}.
 */
@Service
@Transactional
public class Payouts {

    static final String PROPOSERS = "hasAnyRole('CASEWORKER', 'CLAIMS_REVIEWER', 'ADMIN')";
    private static final String ENTITY = "Payout";

    private final PayoutRepository payouts;
    private final PayoutTransitionRepository transitions;
    private final FundingLedger ledger;
    private final FundingSplits splits;
    private final ProposalChecks checks;
    private final PayoutQueries queries;
    private final PayoutSearch search;
    private final Branches branches;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final PayoutProperties properties;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<PayoutApprovalCheck> approvalChecks;

    Payouts(PayoutRepository payouts, PayoutTransitionRepository transitions, FundingLedger ledger,
            FundingSplits splits, ProposalChecks checks, PayoutQueries queries, PayoutSearch search,
            Branches branches, AuditTrail audit, Notifications notifications, ApplicationEventPublisher events,
            PayoutProperties properties, Clock clock,
            org.springframework.beans.factory.ObjectProvider<PayoutApprovalCheck> approvalChecks) {
        this.approvalChecks = approvalChecks;
        this.payouts = payouts;
        this.transitions = transitions;
        this.ledger = ledger;
        this.splits = splits;
        this.checks = checks;
        this.queries = queries;
        this.search = search;
        this.branches = branches;
        this.audit = audit;
        this.notifications = notifications;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    // ---- proposing -------------------------------------------------------------------------------

    /**
     * Proposes a payout; the proposer is the current user. Refused (message key) for cash on a no-cash
     * programme, a live payout already existing for the origin, a split whose sum differs from the amount or
     * that uses a source of another programme, and not enough available funding.
     */
    @PreAuthorize(PROPOSERS)
    public PayoutView propose(ProposePayout command) {
        return proposeInternal(command, null);
    }

    private PayoutView proposeInternal(ProposePayout command, @Nullable Long reissueOf) {
        Actor actor = Actors.required();
        BigDecimal amount = checks.check(command, actor);
        List<FundingLine> split = splits.split(command.programmeId(), amount, command.split());
        String reference = "PO-" + String.format("%06d", payouts.nextReference());
        Payout payout;
        try {
            payout = payouts.saveAndFlush(new Payout(reference, command.sourceType(), command.sourceId(),
                    command.branchId(), command.payeeWorkerId(), command.programmeId(), command.form(), amount,
                    command.form() == PayoutKind.IN_KIND ? command.item().strip() : null,
                    command.form() == PayoutKind.IN_KIND ? command.quantity() : null, command.purpose().strip(),
                    actor.id(), actor.username(), clock.instant(), reissueOf, split));
        } catch (DataIntegrityViolationException e) {
            // a concurrent proposal for the same origin won the partial unique index
            throw new BusinessRuleException("payout.live.exists");
        }
        PayoutTransition proposed = transitions.save(payout.proposed(actor.username(), actor.id()));
        Map<String, Object> after = fields(payout);
        audit.record(AuditEntry.of(ENTITY, payout.id(), reissueOf == null ? "PROPOSE" : "REISSUE", payout.branchId())
                .withAfter(after).withReason(proposed.reason()));
        events.publishEvent(new PayoutProposed(payout.id(), payout.sourceType(), payout.sourceId()));
        return queries.view(payout, actor);
    }

    // ---- deciding --------------------------------------------------------------------------------

    /**
     * An ADMIN approves; never the proposer. Idempotent: an admin who already approved, or an approval of an
     * already approved payout, changes nothing. Above the configured limit a first approval is recorded and
     * the payout stays PROPOSED until a second, different ADMIN approves. The final approval commits the
     * funding; when a source no longer has enough, the approval is refused and the payout stays PROPOSED.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public PayoutView approve(long id) {
        Actor actor = Actors.required();
        Payout payout = loadForUpdate(id, actor);
        ApprovalStep step = payout.approvalStep(actor.id(), properties.secondApprovalAbove());
        if (step != ApprovalStep.NOTHING) {
            requirePayable(payout);
            approvalChecks.orderedStream().forEach(check ->
                    check.checkApprovable(payout.sourceType(), payout.sourceId(), payout.reference()));
        }
        switch (step) {
            case NOTHING -> {
                return queries.view(payout, actor);
            }
            case FIRST -> {
                PayoutTransition t = transitions.save(payout.approveFirst(actor.id(), actor.username(),
                        clock.instant()));
                payouts.flush();
                audit.record(AuditEntry.of(ENTITY, id, t.action(), payout.branchId())
                        .withBefore(Map.of("state", PayoutState.PROPOSED))
                        .withAfter(Map.of("state", PayoutState.PROPOSED, "firstApprovedBy", actor.id())));
                return queries.view(payout, actor);
            }
            case FINAL -> {
                // always in source id order, so concurrent approvals lock the sources in the same order
                for (FundingLine line : payout.split().stream()
                        .sorted(Comparator.comparingLong(FundingLine::fundingSourceId)).toList()) {
                    ledger.commit(line.fundingSourceId(), id, line.amount(), actor.username());
                }
                PayoutTransition t = transitions.save(payout.approve(actor.id(), actor.username(), clock.instant()));
                payouts.flush();
                transitions.flush();
                auditTransition(payout, t, Map.of("approvedBy", actor.id()));
                events.publishEvent(new PayoutApproved(id, payout.sourceType(), payout.sourceId(), payout.amount()));
                notifyPayee(payout, "payout.notification.approved");
                return queries.view(payout, actor);
            }
            default -> throw new IllegalStateException(step.name());
        }
    }

    /** A cash payout is approved only when its payee's account can be paid (checked again when gathering). */
    private void requirePayable(Payout payout) {
        if (payout.form() == PayoutKind.CASH) {
            PayoutAccountStatus status = search.accountStatus(payout.payeeWorkerId());
            if (status != PayoutAccountStatus.OK) {
                throw new BusinessRuleException("payout.unpayable." + status.name(), payout.reference());
            }
        }
    }

    /**
     * The approver moves a PROPOSED payout onto other sources of its programme (the proposed split no longer fits,
     * or a new source was pledged): the shares must be positive, of the programme's sources, sum to the amount and
     * fit what each source has available now. Never the proposer. A first approval stays (payee and amount are
     * unchanged); the change is in the history and the audit trail.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public PayoutView resplit(long id, List<FundingShare> shares) {
        Actor actor = Actors.required();
        Payout payout = loadForUpdate(id, actor);
        payout.requireResplittable(actor.id());
        if (payout.programmeId() == null) {
            throw new BusinessRuleException("payout.resplit.noProgramme");
        }
        if (shares == null || shares.isEmpty()) {
            throw new BusinessRuleException("payout.split.invalid");
        }
        List<FundingShare> nonZero = shares.stream().filter(sh -> sh.amount() == null || sh.amount().signum() != 0)
                .toList();
        List<FundingLine> lines = splits.split(payout.programmeId(), payout.amount(),
                nonZero.isEmpty() ? shares : nonZero);
        List<String> before = FundingSplits.summary(payout.split());
        List<String> after = FundingSplits.summary(lines);
        PayoutTransition t = transitions.save(payout.resplit(lines, actor.id(), actor.username(), clock.instant(),
                String.join(", ", after)));
        payouts.flush();
        audit.record(AuditEntry.of(ENTITY, id, t.action(), payout.branchId())
                .withBefore(Map.of("split", before)).withAfter(Map.of("split", after)));
        return queries.view(payout, actor);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public PayoutView reject(long id, String reason) {
        Actor actor = Actors.required();
        Payout payout = loadForUpdate(id, actor);
        PayoutTransition t = transitions.save(payout.reject(actor.id(), requireText(reason), actor.username(),
                clock.instant()));
        payouts.flush();
        auditTransition(payout, t, Map.of());
        events.publishEvent(new PayoutRejected(id, payout.sourceType(), payout.sourceId(), t.reason()));
        return queries.view(payout, actor);
    }

    /** Cancels a PROPOSED or APPROVED payout (before batching); committed funding is released. */
    @PreAuthorize("hasRole('ADMIN')")
    public PayoutView cancel(long id, String reason) {
        Actor actor = Actors.required();
        Payout payout = loadForUpdate(id, actor);
        PayoutTransition t = transitions.save(payout.cancel(requireText(reason), actor.username(), actor.id(),
                clock.instant()));
        releaseFunding(payout, actor.username());
        payouts.flush();
        auditTransition(payout, t, Map.of());
        events.publishEvent(new PayoutCancelled(id, payout.sourceType(), payout.sourceId(), t.reason()));
        return queries.view(payout, actor);
    }

    /**
     * A new PROPOSED payout for a FAILED one: same origin, payee, amount and split (checked against the funding
     * available now; when it no longer fits, split again over the programme's sources), linked by
     * {@code reissueOf}. It re-sends a decision already approved, so it needs one approval by an ADMIN other than
     * the reissuer, whatever the amount; a changed amount or payee is a new proposal with the usual tiers. A failed
     * payout is reissued once.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public PayoutView reissue(long failedId) {
        Actor actor = Actors.required();
        Payout failed = loadForUpdate(failedId, actor);
        failed.requireReissuable();
        if (payouts.findByReissueOf(failedId).isPresent()) {
            throw new BusinessRuleException("payout.reissue.already");
        }
        List<FundingShare> split = failed.split().stream()
                .map(l -> new FundingShare(l.fundingSourceId(), l.amount())).toList();
        boolean oldSplitFits = splits.fitsNow(split);
        if (!oldSplitFits && failed.programmeId() != null) {
            split = List.of();
        }
        ProposePayout command = new ProposePayout(failed.sourceType(), failed.sourceId(), failed.branchId(),
                failed.payeeWorkerId(), failed.programmeId(), failed.form(), failed.amount(), failed.item(),
                failed.quantity(), true, split.isEmpty() ? null : split, failed.purpose());
        return proposeInternal(command, failedId);
    }

    /** An APPROVED in-kind payout was handed over: it becomes PAID with the date and the deliverer's name. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CASEWORKER')")
    public PayoutView markDelivered(long id, LocalDate deliveredOn, String deliverer) {
        Actor actor = Actors.required();
        Payout payout = loadForUpdate(id, actor);
        if (deliveredOn.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("payout.deliver.future");
        }
        PayoutTransition t = transitions.save(payout.markDelivered(deliveredOn, requireText(deliverer),
                actor.username(), actor.id(), clock.instant()));
        for (FundingLine line : payout.split()) {
            ledger.pay(line.fundingSourceId(), id, line.amount(), actor.username());
        }
        payouts.flush();
        auditTransition(payout, t, Map.of("deliveredOn", deliveredOn.toString(), "deliveredBy", deliverer.strip()));
        events.publishEvent(new PayoutPaid(id, payout.sourceType(), payout.sourceId(), payout.amount()));
        notifyPayee(payout, "payout.notification.paid");
        return queries.view(payout, actor);
    }

    // ---- within the module -----------------------------------------------------------------------

    /** Loads with a row lock; only staff acting within their subtree get here. */
    Payout loadForUpdate(long id, Actor actor) {
        Payout payout = payouts.findForUpdate(id).orElseThrow(() -> new PayoutNotFoundException(id));
        if (!branches.covers(actor.branchId(), payout.branchId())) {
            throw new PayoutNotFoundException(id);
        }
        return payout;
    }

    /** Applies the result of the bank for a payout in a batch (called by {@link DisbursementBatches}). */
    void settle(Payout payout, boolean paid, @Nullable String reason, Actor actor) {
        PayoutTransition t;
        if (paid) {
            t = transitions.save(payout.markPaid(actor.username(), actor.id(), clock.instant()));
            for (FundingLine line : payout.split()) {
                ledger.pay(line.fundingSourceId(), payout.id(), line.amount(), actor.username());
            }
        } else {
            t = transitions.save(payout.markFailed(reason == null || reason.isBlank() ? "-" : reason.strip(),
                    actor.username(), actor.id(), clock.instant()));
            releaseFunding(payout, actor.username());
        }
        payouts.flush();
        auditTransition(payout, t, Map.of());
        if (paid) {
            events.publishEvent(new PayoutPaid(payout.id(), payout.sourceType(), payout.sourceId(), payout.amount()));
            notifyPayee(payout, "payout.notification.paid");
        } else {
            events.publishEvent(new PayoutFailed(payout.id(), payout.sourceType(), payout.sourceId(),
                    Objects.requireNonNull(t.reason())));
        }
    }

    void releaseFunding(Payout payout, String actor) {
        if (payout.fundingCommitted()) {
            for (FundingLine line : payout.split()) {
                ledger.release(line.fundingSourceId(), payout.id(), line.amount(), actor);
            }
            payout.fundingReleased();
        }
    }

    void auditTransition(Payout payout, PayoutTransition t, Map<String, Object> extra) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", t.toState());
        after.putAll(extra);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("state", t.fromState() == null ? "-" : t.fromState());
        audit.record(AuditEntry.of(ENTITY, payout.id(), t.action(), payout.branchId()).withBefore(before)
                .withAfter(after).withReason(t.reason()));
    }

    /** The payee hears of approval and payment when they have a user account. */
    private void notifyPayee(Payout payout, String messageKey) {
        search.userOfWorker(payout.payeeWorkerId()).ifPresent(userId -> notifications.notify(new Notice(userId,
                "PAYOUT_STATE", messageKey, List.of(payout.reference(), payout.amount().toPlainString(),
                payout.purpose()), null, true)));
    }

    private static Map<String, Object> fields(Payout p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("reference", p.reference());
        map.put("state", p.state());
        map.put("sourceType", p.sourceType());
        map.put("sourceId", p.sourceId());
        map.put("payeeWorkerId", p.payeeWorkerId());
        map.put("programmeId", String.valueOf(p.programmeId()));
        map.put("form", p.form());
        map.put("amount", p.amount());
        map.put("split", p.split().stream().map(l -> l.fundingSourceId() + ":" + l.amount().toPlainString())
                .toList());
        if (p.reissueOf() != null) {
            map.put("reissueOf", p.reissueOf());
        }
        return map;
    }

    private static String requireText(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException("payout.reason.required");
        }
        return text.strip();
    }
}
