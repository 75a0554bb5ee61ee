package org.unionaid.people;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;
import org.unionaid.shared.Money;

/** The derived income figures of a household (docs/design.md §3, eligibility); never typed in. */
public final class HouseholdIncome {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private HouseholdIncome() {
    }

    /**
     * (annual disposable income − rigid expenditure) ÷ 12 ÷ household size, to the fen (HALF_UP). Negative
     * when the rigid expenditure exceeds the income (which is itself a sign of hardship); null while the
     * income is unknown.
     *
     * @param householdSize the worker plus the members, at least 1
     */
    public static @Nullable BigDecimal perCapitaMonthly(@Nullable BigDecimal annualDisposableIncome,
                                                        @Nullable BigDecimal rigidExpenditure, int householdSize) {
        if (annualDisposableIncome == null) {
            return null;
        }
        if (householdSize < 1) {
            throw new IllegalArgumentException("a household has at least one person");
        }
        BigDecimal net = annualDisposableIncome.subtract(rigidExpenditure == null ? BigDecimal.ZERO : rigidExpenditure);
        // one division at a high scale, then one rounding, so the result does not depend on the order
        return Money.round(net.divide(MONTHS.multiply(BigDecimal.valueOf(householdSize)), 10, RoundingMode.HALF_UP));
    }
}
