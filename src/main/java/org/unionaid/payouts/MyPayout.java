package org.unionaid.payouts;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One payout to the signed-in worker as {@code /me/payouts} lists it: what it is for ({@code kind}, programme or
 * origin, purpose), cash or in kind (item and quantity), amount, state, the day it was proposed and the day it
 * was paid or delivered (null until then).
 */
public record MyPayout(long id, String reference, LedgerKind kind, @Nullable String programmeName, String purpose,
                       PayoutKind form, BigDecimal amount, @Nullable String item, @Nullable Integer quantity,
                       PayoutState state, LocalDate proposedOn, @Nullable LocalDate settledOn) {
}
