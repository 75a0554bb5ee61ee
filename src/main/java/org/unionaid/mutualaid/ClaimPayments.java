package org.unionaid.mutualaid;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.unionaid.payouts.PayoutPaid;
import org.unionaid.payouts.PayoutSourceType;

/**
 * Marks a claim PAID when its payout is paid, synchronously in the transaction that paid the payout, so a claim
 * is never PAID without its payout being PAID and the other way round.
 */
@Component
class ClaimPayments {

    private final Claims claims;

    ClaimPayments(Claims claims) {
        this.claims = claims;
    }

    @EventListener
    void on(PayoutPaid event) {
        if (event.sourceType() == PayoutSourceType.CLAIM) {
            claims.markPaid(event.sourceId(), "payout " + event.payoutId());
        }
    }
}
