package org.unionaid.hardship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.unionaid.documents.DocumentView;

/** A recorded visit with its documents; the per-capita monthly income is derived, never typed. */
public record VisitView(long id, long leadId, LocalDate visitDate, List<String> visitors, String findings,
                        int householdSize, BigDecimal annualDisposableIncome, BigDecimal rigidExpenditure,
                        BigDecimal annualHardshipCosts, @Nullable String assets, boolean consentSigned,
                        String recordedBy, List<DocumentView> documents) {

    /** (annual disposable income − rigid expenditure) ÷ 12 ÷ household size, never below zero. */
    public BigDecimal perCapitaMonthlyIncome() {
        BigDecimal net = annualDisposableIncome.subtract(rigidExpenditure).max(BigDecimal.ZERO);
        return net.divide(BigDecimal.valueOf(12L * householdSize), 2, RoundingMode.HALF_UP);
    }
}
