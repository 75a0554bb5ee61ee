package org.unionaid.payouts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of a payout's history. {@code fromState} is null for the proposal. */
public record PayoutTransitionView(@Nullable PayoutState fromState, PayoutState toState, String action, String actor,
                                   Instant occurredAt, @Nullable String reason) {
}
