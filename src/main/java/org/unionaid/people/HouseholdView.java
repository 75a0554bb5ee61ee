package org.unionaid.people;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A worker's household: {@code size} counts the worker and the members; {@code perCapitaMonthlyIncome} is
 * derived (null while the income is not recorded). {@code id} is null when nothing was recorded yet.
 */
public record HouseholdView(@Nullable Long id, @Nullable String address, @Nullable BigDecimal annualDisposableIncome,
                            @Nullable BigDecimal rigidExpenditure, int size, @Nullable BigDecimal perCapitaMonthlyIncome,
                            List<HouseholdMemberView> members) {
}
