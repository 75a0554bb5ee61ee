package org.unionaid.payouts;

import java.math.BigDecimal;

/** Published inside the transaction that made the change; listen with a synchronous @EventListener. */
public record PayoutPaid(long payoutId, PayoutSourceType sourceType, long sourceId, BigDecimal amount) {
}
