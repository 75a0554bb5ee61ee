package org.unionaid.payouts.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.unionaid.payouts.OwnProposalException;
import org.unionaid.payouts.PayoutKind;
import org.unionaid.payouts.PayoutSourceType;
import org.unionaid.payouts.PayoutState;
import org.unionaid.shared.BusinessRuleException;

/**
 * A payout and its state machine. Each transition method checks the current state (and, for approval, who
 * approves) and returns the history line to store; a refused transition throws a {@link BusinessRuleException}
 * with a message key. The funding itself is moved by the facade with conditional updates; this entity only
 * records that it was committed.
 */
@Entity
@Table(name = "payout")
public class Payout {

    public static final String ILLEGAL = "payout.transition.illegal";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type")
    private PayoutSourceType sourceType;

    @Column(name = "source_id")
    private long sourceId;

    @Column(name = "branch_id")
    private long branchId;

    @Column(name = "payee_worker_id")
    private long payeeWorkerId;

    @Column(name = "programme_id")
    private @Nullable Long programmeId;

    @Enumerated(EnumType.STRING)
    private PayoutKind form;

    private BigDecimal amount;

    private @Nullable String item;

    private @Nullable Integer quantity;

    private String purpose;

    @Enumerated(EnumType.STRING)
    private PayoutState state;

    @Column(name = "proposed_by")
    private long proposedBy;

    @Column(name = "proposed_by_name")
    private String proposedByName;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "first_approved_by")
    private @Nullable Long firstApprovedBy;

    @Column(name = "first_approved_at")
    private @Nullable Instant firstApprovedAt;

    @Column(name = "approved_by")
    private @Nullable Long approvedBy;

    @Column(name = "approved_at")
    private @Nullable Instant approvedAt;

    @Column(name = "decision_reason")
    private @Nullable String decisionReason;

    @Column(name = "funding_committed")
    private boolean fundingCommitted;

    @Column(name = "reissue_of")
    private @Nullable Long reissueOf;

    @Column(name = "batch_id")
    private @Nullable Long batchId;

    @Column(name = "delivered_on")
    private @Nullable LocalDate deliveredOn;

    @Column(name = "delivered_by")
    private @Nullable String deliveredBy;

    @Column(name = "paid_at")
    private @Nullable Instant paidAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payout_funding", joinColumns = @JoinColumn(name = "payout_id"))
    private List<FundingLine> split = new ArrayList<>();

    @Column(name = "approval_round")
    private int approvalRound;

    @Version
    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt = Instant.now();

    protected Payout() {
        this.reference = "";
        this.sourceType = PayoutSourceType.APPLICATION;
        this.form = PayoutKind.CASH;
        this.amount = BigDecimal.ZERO;
        this.purpose = "";
        this.state = PayoutState.PROPOSED;
        this.proposedByName = "";
        this.proposedAt = Instant.EPOCH;
    }

    /** A new PROPOSED payout; the split's sum has been checked against the amount by the caller. */
    public Payout(String reference, PayoutSourceType sourceType, long sourceId, long branchId, long payeeWorkerId,
                  @Nullable Long programmeId, PayoutKind form, BigDecimal amount, @Nullable String item,
                  @Nullable Integer quantity, String purpose, long proposedBy, String proposedByName,
                  Instant proposedAt, @Nullable Long reissueOf, List<FundingLine> split) {
        this.reference = reference;
        this.sourceType = sourceType;
        this.sourceId = sourceId;
        this.branchId = branchId;
        this.payeeWorkerId = payeeWorkerId;
        this.programmeId = programmeId;
        this.form = form;
        this.amount = amount;
        this.item = item;
        this.quantity = quantity;
        this.purpose = purpose;
        this.state = PayoutState.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedByName = proposedByName;
        this.proposedAt = proposedAt;
        this.reissueOf = reissueOf;
        this.split = new ArrayList<>(split);
    }

    // ---- transitions -----------------------------------------------------------------------------

    public PayoutTransition proposed(String actor, @Nullable Long actorId) {
        return new PayoutTransition(id(), null, PayoutState.PROPOSED, "PROPOSE", actor, actorId, proposedAt,
                reissueOf == null ? null : "reissue of " + reissueOf);
    }

    /**
     * Decides what an approval by {@code adminId} means ({@link ApprovalStep#of}), refusing the proposer and
     * illegal states.
     */
    public ApprovalStep approvalStep(long adminId, BigDecimal secondApprovalAbove) {
        return ApprovalStep.of(this, adminId, secondApprovalAbove);
    }

    /**
     * Above the limit two different ADMINs approve. A reissue re-sends a decision already approved at its full
     * tiers (same origin, payee and amount), so it needs one approval, by an ADMIN other than the reissuer.
     */
    public boolean needsSecondApproval(BigDecimal secondApprovalAbove) {
        return reissueOf == null && amount.compareTo(secondApprovalAbove) > 0;
    }

    public PayoutTransition approveFirst(long adminId, String actor, Instant now) {
        requireState(PayoutAction.APPROVE);
        requireNotProposer(adminId, "payout.approve.ownProposal");
        if (firstApprovedBy != null) {
            throw new BusinessRuleException(ILLEGAL, state, "APPROVE_FIRST");
        }
        this.firstApprovedBy = adminId;
        this.firstApprovedAt = now;
        touch(now);
        return new PayoutTransition(id(), PayoutState.PROPOSED, PayoutState.PROPOSED, "APPROVE_FIRST", actor, adminId,
                now, null);
    }

    /** The final approval, after the funding was committed. */
    public PayoutTransition approve(long adminId, String actor, Instant now) {
        requireState(PayoutAction.APPROVE);
        requireNotProposer(adminId, "payout.approve.ownProposal");
        if (firstApprovedBy != null && firstApprovedBy == adminId) {
            throw new BusinessRuleException("payout.approve.secondApproverSame");
        }
        this.fundingCommitted = true;
        this.approvedBy = adminId;
        this.approvedAt = now;
        return move(PayoutAction.APPROVE, actor, adminId, now, null).inRound(approvalRound);
    }

    /**
     * Back to the approval queue (the payee's account changed after an approval): APPROVED, IN_BATCH of a batch
     * not yet sent, or PROPOSED with a first approval → PROPOSED with no approvals, in a new approval round. The
     * caller releases committed funding (before calling) and takes the row out of its batch.
     */
    public PayoutTransition returnToQueue(String reason, String actor, @Nullable Long actorId, Instant now) {
        requireState(PayoutAction.REQUEUE);
        if (fundingCommitted) {
            throw new IllegalStateException("release the funding first");
        }
        this.firstApprovedBy = null;
        this.firstApprovedAt = null;
        this.approvedBy = null;
        this.approvedAt = null;
        this.batchId = null;
        this.approvalRound++;
        PayoutState from = state;
        this.state = PayoutState.PROPOSED;
        touch(now);
        return new PayoutTransition(id(), from, PayoutState.PROPOSED, "REQUEUE", actor, actorId, now, reason);
    }

    /** Refuses a re-split in another state than PROPOSED or by the proposer (checked before the shares are). */
    public void requireResplittable(long adminId) {
        requireState(PayoutAction.RESPLIT);
        requireNotProposer(adminId, "payout.resplit.ownProposal");
    }

    /** Whether approvals were given that a change of account must take back. */
    public boolean approvedForAccount() {
        return state == PayoutState.APPROVED || state == PayoutState.IN_BATCH
                || (state == PayoutState.PROPOSED && firstApprovedBy != null);
    }

    /**
     * The approver moves the payout onto other sources before approving (the split was checked by the caller:
     * sum equals the amount, sources of the programme). Only while PROPOSED; never by the proposer.
     */
    public PayoutTransition resplit(List<FundingLine> lines, long adminId, String actor, Instant now, String summary) {
        requireResplittable(adminId);
        this.split.clear();
        this.split.addAll(lines);
        touch(now);
        return new PayoutTransition(id(), PayoutState.PROPOSED, PayoutState.PROPOSED, "RESPLIT", actor, adminId, now,
                summary);
    }

    public PayoutTransition reject(long adminId, String reason, String actor, Instant now) {
        requireState(PayoutAction.REJECT);
        requireNotProposer(adminId, "payout.reject.ownProposal");
        this.decisionReason = reason;
        return move(PayoutAction.REJECT, actor, adminId, now, reason);
    }

    /** Cancels before batching; returns the history line. The caller releases committed funding. */
    public PayoutTransition cancel(String reason, String actor, long actorId, Instant now) {
        PayoutTransition t = move(PayoutAction.CANCEL, actor, actorId, now, reason);
        this.decisionReason = reason;
        return t;
    }

    public PayoutTransition addToBatch(long batchId, String actor, long actorId, Instant now) {
        if (form != PayoutKind.CASH) {
            throw new BusinessRuleException("payout.batch.notCash");
        }
        PayoutTransition t = move(PayoutAction.BATCH, actor, actorId, now, null);
        this.batchId = batchId;
        return t;
    }

    public PayoutTransition markPaid(String actor, @Nullable Long actorId, Instant now) {
        PayoutTransition t = move(PayoutAction.PAY, actor, actorId, now, null);
        this.paidAt = now;
        return t;
    }

    public PayoutTransition markFailed(String reason, String actor, @Nullable Long actorId, Instant now) {
        PayoutTransition t = move(PayoutAction.FAIL, actor, actorId, now, reason);
        this.decisionReason = reason;
        return t;
    }

    /** An in-kind payout handed over: APPROVED → PAID with the date and the deliverer. */
    public PayoutTransition markDelivered(LocalDate on, String deliverer, String actor, long actorId, Instant now) {
        if (form != PayoutKind.IN_KIND) {
            throw new BusinessRuleException("payout.deliver.notInKind");
        }
        PayoutTransition t = move(PayoutAction.DELIVER, actor, actorId, now, deliverer + " " + on);
        this.deliveredOn = on;
        this.deliveredBy = deliverer;
        this.paidAt = now;
        return t;
    }

    /** Checks that this payout may be reissued (FAILED); the new payout is built by the caller. */
    public void requireReissuable() {
        requireState(PayoutAction.REISSUE);
    }

    /** Checks the action's start states ({@link PayoutAction}), moves to its end state, returns the history line. */
    private PayoutTransition move(PayoutAction action, String actor, @Nullable Long actorId, Instant now,
                                  @Nullable String reason) {
        requireState(action);
        PayoutState from = state;
        this.state = action.to();
        touch(now);
        return new PayoutTransition(id(), from, state, action.name(), actor, actorId, now, reason);
    }

    /** Maker-checker: the proposer never approves, re-splits nor rejects their own proposal. */
    void requireNotProposer(long adminId, String key) {
        if (adminId == proposedBy) {
            throw new OwnProposalException(key);
        }
    }

    void requireState(PayoutAction action) {
        if (!action.allowedFrom(state)) {
            throw new BusinessRuleException(ILLEGAL, state, action.name());
        }
    }

    private void touch(Instant now) {
        this.updatedAt = now;
    }

    // ---- reading ---------------------------------------------------------------------------------

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved");
        }
        return id;
    }

    public String reference() { return reference; }
    public PayoutSourceType sourceType() { return sourceType; }
    public long sourceId() { return sourceId; }
    public long branchId() { return branchId; }
    public long payeeWorkerId() { return payeeWorkerId; }
    public @Nullable Long programmeId() { return programmeId; }
    public PayoutKind form() { return form; }
    public BigDecimal amount() { return amount; }
    public @Nullable String item() { return item; }
    public @Nullable Integer quantity() { return quantity; }
    public String purpose() { return purpose; }
    public PayoutState state() { return state; }
    public long proposedBy() { return proposedBy; }
    public String proposedByName() { return proposedByName; }
    public Instant proposedAt() { return proposedAt; }
    public @Nullable Long firstApprovedBy() { return firstApprovedBy; }
    public @Nullable Long approvedBy() { return approvedBy; }
    public @Nullable String decisionReason() { return decisionReason; }
    public boolean fundingCommitted() { return fundingCommitted; }
    public @Nullable Long reissueOf() { return reissueOf; }
    public @Nullable Long batchId() { return batchId; }
    public @Nullable LocalDate deliveredOn() { return deliveredOn; }
    public @Nullable String deliveredBy() { return deliveredBy; }
    public @Nullable Instant paidAt() { return paidAt; }
    public List<FundingLine> split() { return List.copyOf(split); }
    public long version() { return version; }
    public int approvalRound() { return approvalRound; }

    /** Marks funding as released (after a cancellation, failure) so it is never released twice. */
    public void fundingReleased() {
        this.fundingCommitted = false;
    }
}
