package org.unionaid.payouts;

/** Published inside the transaction that made the change; listen with a synchronous @EventListener. */
public record PayoutRejected(long payoutId, PayoutSourceType sourceType, long sourceId, String reason) {
}
