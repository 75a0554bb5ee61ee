package org.unionaid.payouts.domain;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.unionaid.payouts.PayoutState;

/**
 * The payout's state machine as a table: each action, the states it may start from and the state it leads to
 * (none for a check that moves nothing). Its name is the {@code action} of the history line and of the audit row,
 * and the argument of {@link Payout#ILLEGAL} when a payout is in another state.
 */
enum PayoutAction {
    APPROVE(PayoutState.APPROVED, PayoutState.PROPOSED),
    REQUEUE(PayoutState.PROPOSED, PayoutState.PROPOSED, PayoutState.APPROVED, PayoutState.IN_BATCH),
    RESPLIT(PayoutState.PROPOSED, PayoutState.PROPOSED),
    REJECT(PayoutState.REJECTED, PayoutState.PROPOSED),
    CANCEL(PayoutState.CANCELLED, PayoutState.PROPOSED, PayoutState.APPROVED),
    BATCH(PayoutState.IN_BATCH, PayoutState.APPROVED),
    PAY(PayoutState.PAID, PayoutState.IN_BATCH),
    FAIL(PayoutState.FAILED, PayoutState.IN_BATCH),
    DELIVER(PayoutState.PAID, PayoutState.APPROVED),
    REISSUE(null, PayoutState.FAILED);

    private final @Nullable PayoutState to;
    private final Set<PayoutState> from;

    PayoutAction(@Nullable PayoutState to, PayoutState first, PayoutState... more) {
        this.to = to;
        this.from = EnumSet.of(first, more);
    }

    boolean allowedFrom(PayoutState state) {
        return from.contains(state);
    }

    PayoutState to() {
        if (to == null) {
            throw new IllegalStateException(name() + " moves no payout");
        }
        return to;
    }
}
