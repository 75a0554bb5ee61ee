package org.unionaid.payouts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.notifications.Notice;
import org.unionaid.notifications.Notifications;
import org.unionaid.payouts.domain.DisbursementBatchRepository;
import org.unionaid.payouts.domain.FundingLine;
import org.unionaid.payouts.domain.Payout;
import org.unionaid.payouts.domain.PayoutRepository;
import org.unionaid.payouts.domain.PayoutTransition;
import org.unionaid.payouts.domain.PayoutTransitionRepository;
import org.unionaid.people.PayoutAccountChanged;
import org.unionaid.people.PayoutAccountStatus;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Role;
import org.unionaid.shared.Money;

/**
 * Payouts and their maker-checker approval. Each transition loads the payout within the caller's scope
 * (otherwise {@link PayoutNotFoundException}), lets the entity check the state, moves the funding with
 * conditional updates, writes one history row and one audit row, and publishes the event — all in one
 * transaction. Approval takes a row lock first, so double clicks and two admins at once approve once.
 */
@Service
@Transactional
public class Payouts {

    static final String READERS = "hasAnyRole('ADMIN', 'AUDITOR', 'CASEWORKER', 'CLAIMS_REVIEWER', 'PARTNER')";
    static final String PROPOSERS = "hasAnyRole('CASEWORKER', 'CLAIMS_REVIEWER', 'ADMIN')";
    private static final Set<Role> STAFF_READERS = org.unionaid.shared.security.Resource.PAYOUT.staffReaders();
    private static final String ENTITY = "Payout";

    private final PayoutRepository payouts;
    private final PayoutTransitionRepository transitions;
    private final FundingLedger ledger;
    private final PayoutSearch search;
    private final Branches branches;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final PayoutProperties properties;
    private final Clock clock;
    private final DisbursementBatchRepository batches;
    private final JdbcTemplate jdbc;
    private final org.springframework.beans.factory.ObjectProvider<PayoutApprovalCheck> approvalChecks;

    Payouts(PayoutRepository payouts, PayoutTransitionRepository transitions, FundingLedger ledger,
            PayoutSearch search, Branches branches, AuditTrail audit, Notifications notifications,
            ApplicationEventPublisher events, PayoutProperties properties, Clock clock,
            DisbursementBatchRepository batches, JdbcTemplate jdbc,
            org.springframework.beans.factory.ObjectProvider<PayoutApprovalCheck> approvalChecks) {
        this.approvalChecks = approvalChecks;
        this.batches = batches;
        this.jdbc = jdbc;
        this.payouts = payouts;
        this.transitions = transitions;
        this.ledger = ledger;
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
        if (!branches.covers(actor.branchId(), command.branchId())) {
            throw new BusinessRuleException("payout.branch.outOfScope");
        }
        BigDecimal amount = money(command.amount());
        if (command.form() == PayoutKind.CASH && !command.cashAllowed()) {
            throw new BusinessRuleException("payout.cash.notAllowed");
        }
        if (command.form() == PayoutKind.IN_KIND && (blank(command.item()) || command.quantity() == null
                || command.quantity() <= 0)) {
            throw new BusinessRuleException("payout.inKind.itemRequired");
        }
        if (command.purpose() == null || command.purpose().isBlank()) {
            throw new BusinessRuleException("payout.purpose.required");
        }
        if (payouts.findLive(command.sourceType(), command.sourceId()).isPresent()) {
            throw new BusinessRuleException("payout.live.exists");
        }
        if (!search.workerExists(command.payeeWorkerId())) {
            throw new BusinessRuleException("payout.payee.unknown");
        }
        List<FundingLine> split = split(command.programmeId(), amount, command.split());
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
        return view(payout, actor);
    }

    /**
     * The split to store: the given one checked (sum equals amount, sources of the programme, enough
     * available now), or an automatic one over the programme's sources in id order. Without a programme and
     * without a split the payout carries no funding rows (paid from outside the programme budgets).
     */
    private List<FundingLine> split(@Nullable Long programmeId, BigDecimal amount, @Nullable List<FundingShare> given) {
        List<FundingLine> lines = new ArrayList<>();
        if (given != null && !given.isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            Set<Long> seen = new HashSet<>();
            for (FundingShare share : given) {
                BigDecimal part = money(share.amount());
                if (part.signum() <= 0 || !seen.add(share.fundingSourceId())) {
                    throw new BusinessRuleException("payout.split.invalid");
                }
                FundingSourceView source = ledger.find(share.fundingSourceId())
                        .orElseThrow(() -> new BusinessRuleException("payout.split.unknownSource"));
                if (programmeId != null && source.programmeId() != programmeId) {
                    throw new BusinessRuleException("payout.split.otherProgramme", source.name());
                }
                if (source.available().compareTo(part) < 0) {
                    throw new BusinessRuleException(FundingLedger.INSUFFICIENT, source.name(),
                            source.available().toPlainString(), part.toPlainString());
                }
                sum = sum.add(part);
                lines.add(new FundingLine(source.id(), part));
            }
            if (sum.compareTo(amount) != 0) {
                throw new BusinessRuleException("payout.split.sumMismatch", sum.toPlainString(),
                        amount.toPlainString());
            }
            return lines;
        }
        if (programmeId == null) {
            return lines;
        }
        BigDecimal remaining = amount;
        for (FundingSourceView source : ledger.ofProgramme(programmeId)) {
            if (remaining.signum() == 0) {
                break;
            }
            BigDecimal part = remaining.min(source.available());
            if (part.signum() > 0) {
                lines.add(new FundingLine(source.id(), part));
                remaining = remaining.subtract(part);
            }
        }
        if (remaining.signum() > 0) {
            throw new BusinessRuleException("payout.funding.programmeInsufficient", amount.toPlainString(),
                    amount.subtract(remaining).toPlainString());
        }
        return lines;
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
        Payout.ApprovalStep step = payout.approvalStep(actor.id(), properties.secondApprovalAbove());
        if (step != Payout.ApprovalStep.NOTHING) {
            requirePayable(payout);
            approvalChecks.orderedStream().forEach(check ->
                    check.checkApprovable(payout.sourceType(), payout.sourceId(), payout.reference()));
        }
        switch (step) {
            case NOTHING -> {
                return view(payout, actor);
            }
            case FIRST -> {
                PayoutTransition t = transitions.save(payout.approveFirst(actor.id(), actor.username(),
                        clock.instant()));
                payouts.flush();
                audit.record(AuditEntry.of(ENTITY, id, t.action(), payout.branchId())
                        .withBefore(Map.of("state", PayoutState.PROPOSED))
                        .withAfter(Map.of("state", PayoutState.PROPOSED, "firstApprovedBy", actor.id())));
                return view(payout, actor);
            }
            case FINAL -> {
                // always in source id order, so concurrent approvals lock the sources in the same order
                for (FundingLine line : payout.split().stream()
                        .sorted(java.util.Comparator.comparingLong(FundingLine::fundingSourceId)).toList()) {
                    ledger.commit(line.fundingSourceId(), id, line.amount(), actor.username());
                }
                PayoutTransition t = transitions.save(payout.approve(actor.id(), actor.username(), clock.instant()));
                payouts.flush();
                transitions.flush();
                auditTransition(payout, t, Map.of("approvedBy", actor.id()));
                events.publishEvent(new PayoutApproved(id, payout.sourceType(), payout.sourceId(), payout.amount()));
                notifyPayee(payout, "payout.notification.approved");
                return view(payout, actor);
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
        List<FundingLine> lines = split(payout.programmeId(), payout.amount(), nonZero.isEmpty() ? shares : nonZero);
        List<String> before = splitSummary(payout.split());
        List<String> after = splitSummary(lines);
        PayoutTransition t = transitions.save(payout.resplit(lines, actor.id(), actor.username(), clock.instant(),
                String.join(", ", after)));
        payouts.flush();
        audit.record(AuditEntry.of(ENTITY, id, t.action(), payout.branchId())
                .withBefore(Map.of("split", before)).withAfter(Map.of("split", after)));
        return view(payout, actor);
    }

    /** The programme's funding sources with what each has available now and this payout's share of it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<FundingOption> fundingOptions(long id) {
        Actor actor = Actors.required();
        Payout payout = loadVisible(id, actor);
        if (payout.programmeId() == null) {
            return List.of();
        }
        Map<Long, BigDecimal> current = new LinkedHashMap<>();
        payout.split().forEach(l -> current.put(l.fundingSourceId(), l.amount()));
        return ledger.ofProgramme(payout.programmeId()).stream().map(s -> new FundingOption(s.id(), s.name(), s.kind(),
                s.available(), current.getOrDefault(s.id(), Money.ZERO))).toList();
    }

    /**
     * The payee's account changed: every payout approved for the old account that has not been sent to the bank
     * (APPROVED, in a batch still GATHERED, or PROPOSED with a first approval) returns to the approval queue in a
     * new round, its committed funding released and its row taken out of the batch. Runs in the changing
     * transaction, as whoever changed the account.
     */
    @EventListener
    void payoutAccountChanged(PayoutAccountChanged event) {
        Actor actor = Actors.required();
        List<Long> ids = jdbc.queryForList("""
                select p.id from payout p left join disbursement_batch d on d.id = p.batch_id
                 where p.payee_worker_id = ? and p.form = 'CASH'
                   and (p.state = 'APPROVED' or (p.state = 'IN_BATCH' and d.state = 'GATHERED')
                        or (p.state = 'PROPOSED' and p.first_approved_by is not null))
                 order by p.id""", Long.class, event.workerId());
        for (long id : ids) {
            Payout payout = payouts.findForUpdate(id).orElseThrow();
            if (!payout.approvedForAccount()) {
                continue;
            }
            PayoutState from = payout.state();
            Long batchId = payout.batchId();
            releaseFunding(payout, actor.username());
            if (from == PayoutState.IN_BATCH && batchId != null) {
                batches.findById(batchId).ifPresent(b -> b.removed(payout.amount()));
                jdbc.update("delete from disbursement_batch_item where payout_id = ?", id);
            }
            PayoutTransition t = transitions.save(payout.returnToQueue("payout.requeue.accountChanged",
                    actor.username(), actor.id(), clock.instant()));
            payouts.flush();
            auditTransition(payout, t, batchId == null ? Map.of() : Map.of("removedFromBatch", batchId));
        }
    }

    /** Approved cash payouts of the caller's subtree that cannot be paid now (not gathered into a batch). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long approvedUnpayable() {
        return search.approvedUnpayable(branches.scopeOf(Actors.required().branchId()).likePattern());
    }

    private static List<String> splitSummary(List<FundingLine> lines) {
        return lines.stream().map(l -> l.fundingSourceId() + ":" + l.amount().toPlainString()).toList();
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
        return view(payout, actor);
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
        return view(payout, actor);
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
        boolean oldSplitFits = split.stream().allMatch(sh -> ledger.find(sh.fundingSourceId())
                .map(s -> s.available().compareTo(sh.amount()) >= 0).orElse(false));
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
        return view(payout, actor);
    }

    // ---- reading ---------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public PayoutView get(long id) {
        Actor actor = Actors.required();
        return view(loadVisible(id, actor), actor);
    }

    /** The live payout of an origin, if the caller may see it. */
    @Transactional(readOnly = true)
    public Optional<PayoutView> liveFor(PayoutSourceType type, long sourceId) {
        Actor actor = Actors.required();
        return payouts.findLive(type, sourceId).filter(p -> mayRead(actor, p)).map(p -> view(p, actor));
    }

    /** Every payout of an origin the caller may see, oldest first. */
    @Transactional(readOnly = true)
    public List<PayoutView> allFor(PayoutSourceType type, long sourceId) {
        Actor actor = Actors.required();
        return payouts.findBySourceTypeAndSourceIdOrderByIdAsc(type, sourceId).stream()
                .filter(p -> mayRead(actor, p)).map(p -> view(p, actor)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<PayoutTransitionView> history(long id) {
        loadVisible(id, Actors.required());
        return transitions.findByPayoutIdOrderByIdAsc(id).stream().map(PayoutTransition::toView).toList();
    }

    /** Payouts the caller may see matching the filter, paged and sorted in the database. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public Page<PayoutSummary> search(PayoutFilter filter, Pageable pageable) {
        return search.find(filter, scopeOf(Actors.required()), pageable);
    }

    /** Everything the filter matches (for the export), at most {@code limit} rows. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<PayoutSummary> searchAll(PayoutFilter filter, Pageable sortOnly, int limit) {
        return search.findAll(filter, scopeOf(Actors.required()), sortOnly.getSort(), limit);
    }

    /** PROPOSED payouts the current ADMIN could approve now (not their own, not already approved by them). */
    /**
     * The money paid to payees of the caller's branch subtree per month (China time) and programme, for
     * payouts paid in [from, toExclusive); summed in the database.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR', 'CASEWORKER', 'CLAIMS_REVIEWER')")
    public List<PaidInMonth> paidByProgrammeAndMonth(LocalDate from, LocalDate toExclusive) {
        return search.paidByProgrammeAndMonth(branches.scopeOf(Actors.required().branchId()).likePattern(), from,
                toExclusive);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Page<PayoutSummary> approvalQueue(Pageable pageable) {
        Actor actor = Actors.required();
        return search.queue(scopeOf(actor), actor.id(), pageable);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public QueueTotals approvalQueueTotals() {
        Actor actor = Actors.required();
        return search.queueTotals(scopeOf(actor), actor.id());
    }

    /** Whether the current user may approve this payout now (for showing the button; the server checks anyway). */
    @Transactional(readOnly = true)
    public boolean mayApprove(PayoutView payout) {
        Actor actor = Actors.required();
        return actor.has(Role.ADMIN) && payout.state() == PayoutState.PROPOSED && payout.proposedBy() != actor.id()
                && !Objects.equals(payout.firstApprovedBy(), actor.id());
    }

    /** The configured amount above which two ADMINs must approve. */
    public BigDecimal secondApprovalAbove() {
        return properties.secondApprovalAbove();
    }

    // ---- within the module -----------------------------------------------------------------------

    Payout loadVisible(long id, Actor actor) {
        Payout payout = payouts.findById(id).orElseThrow(() -> new PayoutNotFoundException(id));
        if (!mayRead(actor, payout)) {
            throw new PayoutNotFoundException(id);
        }
        return payout;
    }

    /** Loads with a row lock; only staff acting within their subtree get here. */
    Payout loadForUpdate(long id, Actor actor) {
        Payout payout = payouts.findForUpdate(id).orElseThrow(() -> new PayoutNotFoundException(id));
        if (!branches.covers(actor.branchId(), payout.branchId())) {
            throw new PayoutNotFoundException(id);
        }
        return payout;
    }

    boolean mayRead(Actor actor, Payout payout) {
        if (STAFF_READERS.stream().anyMatch(actor::has)) {
            return branches.covers(actor.branchId(), payout.branchId());
        }
        if (actor.has(Role.PARTNER)) {
            return search.fundedBy(payout.id(), actor.id());
        }
        return false;
    }

    PayoutScope scopeOf(Actor actor) {
        String pattern = branches.scopeOf(actor.branchId()).likePattern();
        boolean partnerOnly = STAFF_READERS.stream().noneMatch(actor::has) && actor.has(Role.PARTNER);
        return new PayoutScope(pattern, partnerOnly ? actor.id() : null);
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

    PayoutView view(Payout p, Actor actor) {
        boolean masked = STAFF_READERS.stream().noneMatch(actor::has);
        java.util.Optional<org.unionaid.people.WorkerCard> payee = search.payee(p.payeeWorkerId());
        String name = payee.map(org.unionaid.people.WorkerCard::name).orElse("?");
        List<FundingShareView> split = new ArrayList<>();
        boolean shortOfFunds = false;
        for (FundingLine l : p.split()) {
            FundingSourceView s = ledger.find(l.fundingSourceId()).orElseThrow();
            split.add(new FundingShareView(s.id(), s.name(), s.kind(), l.amount()));
            shortOfFunds |= s.available().compareTo(l.amount()) < 0;
        }
        boolean fundingShort = p.state() == PayoutState.PROPOSED && shortOfFunds;
        PayoutAccountStatus account = p.form() == PayoutKind.CASH
                ? payee.map(org.unionaid.people.WorkerCard::payoutAccountStatus).orElse(PayoutAccountStatus.MISSING)
                : PayoutAccountStatus.OK;
        return new PayoutView(p.id(), p.reference(), p.sourceType(), p.sourceId(), p.branchId(), p.payeeWorkerId(),
                masked ? PayoutSearch.maskName(name) : name, p.programmeId(), p.form(), p.amount(), p.item(),
                p.quantity(), p.state(), p.purpose(), p.proposedBy(), p.firstApprovedBy(), p.approvedBy(),
                p.reissueOf(), p.decisionReason(), split, p.proposedAt(), p.paidAt(), p.version(), account,
                fundingShort, p.needsSecondApproval(properties.secondApprovalAbove()));
    }

    private void releaseFunding(Payout payout, String actor) {
        if (payout.fundingCommitted()) {
            for (FundingLine line : payout.split()) {
                ledger.release(line.fundingSourceId(), payout.id(), line.amount(), actor);
            }
            payout.fundingReleased();
        }
    }

    private void auditTransition(Payout payout, PayoutTransition t, Map<String, Object> extra) {
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

    static BigDecimal money(@Nullable BigDecimal amount) {
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new BusinessRuleException("payout.amount.invalid");
        }
        return Money.exact(amount);
    }

    private static String requireText(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException("payout.reason.required");
        }
        return text.strip();
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    /** The rows a caller may list: a branch subtree pattern, and for partners their own user id. */
    record PayoutScope(String branchPattern, @Nullable Long partnerUserId) {
    }
}
