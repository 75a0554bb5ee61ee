package org.unionaid.payouts;

/** Published inside the transaction that made the change; listen with a synchronous @EventListener. */
public record PayoutProposed(long payoutId, PayoutSourceType sourceType, long sourceId) {
}
