package org.unionaid.payouts.domain;

import java.math.BigDecimal;

import org.unionaid.payouts.PayoutState;

/** What an approval by this admin does now: the maker-checker decision for a payout ({@link #of}). */
public enum ApprovalStep {
    /** Nothing: this admin already approved (first or final), or the payout is already approved. */
    NOTHING,
    /** The first of two approvals recorded; the payout stays PROPOSED. */
    FIRST,
    /** The final approval: the caller commits the funding, then calls {@link Payout#approve}. */
    FINAL;

    /**
     * Decides what an approval by {@code adminId} means, refusing the proposer and illegal states. Idempotent:
     * an admin who already approved, or any approval of an already approved payout, changes nothing.
     */
    static ApprovalStep of(Payout payout, long adminId, BigDecimal secondApprovalAbove) {
        if (payout.state() == PayoutState.APPROVED && payout.approvedBy() != null) {
            return NOTHING;
        }
        payout.requireState(PayoutAction.APPROVE);
        payout.requireNotProposer(adminId, "payout.approve.ownProposal");
        Long firstApprovedBy = payout.firstApprovedBy();
        if (firstApprovedBy != null && firstApprovedBy == adminId) {
            return NOTHING;
        }
        if (payout.needsSecondApproval(secondApprovalAbove) && firstApprovedBy == null) {
            return FIRST;
        }
        return FINAL;
    }
}
