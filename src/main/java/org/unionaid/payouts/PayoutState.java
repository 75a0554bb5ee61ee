package org.unionaid.payouts;

/**
 * PROPOSED → APPROVED | REJECTED; APPROVED → IN_BATCH (cash) → PAID | FAILED; APPROVED → PAID (in kind,
 * delivered); PROPOSED | APPROVED → CANCELLED. A FAILED payout may be reissued as a new PROPOSED one.
 */
public enum PayoutState {
    PROPOSED, APPROVED, REJECTED, IN_BATCH, PAID, FAILED, CANCELLED;

    /** Live payouts block another payout for the same origin. */
    public boolean live() {
        return this != REJECTED && this != FAILED && this != CANCELLED;
    }
}
