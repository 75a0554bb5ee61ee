package org.unionaid.people;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** The household figures a caseworker records; per-capita income is derived from them. */
public record HouseholdDetails(@Nullable String address, @Nullable BigDecimal annualDisposableIncome,
                               @Nullable BigDecimal rigidExpenditure) {
}
