package org.unionaid.payouts;

import java.math.BigDecimal;

/** The sums over a programme's funding sources; available = allocated − committed − paid. */
public record BudgetUse(BigDecimal allocated, BigDecimal committed, BigDecimal paid, BigDecimal available) {
}
