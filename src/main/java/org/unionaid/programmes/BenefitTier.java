package org.unionaid.programmes;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.unionaid.people.SchoolStage;

/** An amount for the households of a group and (when given) a school stage; the first matching tier wins. */
public record BenefitTier(TierHousehold household, @Nullable SchoolStage schoolStage, BigDecimal amount) {
}
