package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A row of the review queue and of a worker's claims list (no health data). */
public record ClaimSummary(long id, String reference, String planCode, String workerName, String branchName,
                           ClaimState state, LocalDate admissionDate, @Nullable LocalDate submittedOn,
                           BigDecimal invoiceTotal, @Nullable BigDecimal approvedAmount) {
}
