package org.unionaid.hardship;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.unionaid.payouts.PayoutKind;

/**
 * What a caseworker proposes to pay for a measure of an assistance plan: cash, or goods (item and quantity,
 * {@code amount} then being their total value).
 */
public record MeasurePayout(PayoutKind form, BigDecimal amount, @Nullable String item, @Nullable Integer quantity) {
}
