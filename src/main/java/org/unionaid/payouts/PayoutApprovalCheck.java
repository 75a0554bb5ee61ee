package org.unionaid.payouts;

/**
 * A rule of another module that an approval of a payout must pass, asked before the first and the final approval:
 * e.g. a programme award still on public notice, or with an objection nobody has resolved (the notices module).
 * Payouts must not depend on those modules (the arrows point the other way); they implement this interface.
 */
public interface PayoutApprovalCheck {

    /**
     * Throws {@link org.unionaid.shared.BusinessRuleException} (its message says why, in the user's language)
     * when the payout of this origin may not be approved now.
     */
    void checkApprovable(PayoutSourceType sourceType, long sourceId, String payoutReference);
}
