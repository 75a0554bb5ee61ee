package org.unionaid.hardship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What a verification visit found. At least two visitors (docs/design.md §3). */
public record VisitRecord(LocalDate visitDate, List<String> visitors, String findings, int householdSize,
                          BigDecimal annualDisposableIncome, BigDecimal rigidExpenditure,
                          BigDecimal annualHardshipCosts, @Nullable String assets, boolean consentSigned) {
}
