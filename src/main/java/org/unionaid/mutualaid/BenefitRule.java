package org.unionaid.mutualaid;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/**
 * One version of a plan's benefit rules, as the {@link BenefitCalculator} applies it. Caps and the yearly claim
 * limit are optional (null: none).
 *
 * @param ratePercent for RATE: the share of the eligible amount above the deductible, 0–100
 * @param amount      for PER_DAY: the amount per hospital day; for LUMP_SUM: the lump sum; unused for RATE
 */
public record BenefitRule(
        @NotNull BenefitBasis basis,
        @NotNull CountedAmounts counted,
        @NotNull BigDecimal deductible,
        @Nullable BigDecimal ratePercent,
        @Nullable BigDecimal amount,
        @Nullable BigDecimal perEventCap,
        @Nullable BigDecimal annualCap,
        @Nullable Integer maxClaimsPerYear,
        int claimDeadlineDays) {
}
