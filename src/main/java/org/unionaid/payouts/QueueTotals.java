package org.unionaid.payouts;

import java.math.BigDecimal;

/** How many payouts wait for approval and their sum. */
public record QueueTotals(long count, BigDecimal sum) {
}
