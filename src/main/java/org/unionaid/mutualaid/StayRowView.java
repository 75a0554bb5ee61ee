package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A stay of an import: its row in the file, the masked national ID, the member's name when it is a member, the
 * facts, the outcome, why a member's stay is not covered ({@code reason}, e.g. inside the waiting period), and the
 * claims made of it (one per hospital plan that pays it).
 */
public record StayRowView(long id, int rowNumber, String nationalIdMasked, @Nullable Long workerId,
                          @Nullable String workerName, String hospital, LocalDate admissionDate,
                          LocalDate dischargeDate, BigDecimal invoiceTotal, BigDecimal basicInsurancePaid,
                          BigDecimal selfPaid, StayOutcome outcome, @Nullable ExplanationLine reason,
                          List<StayClaim> claims) {

    /** A claim made of the stay. */
    public record StayClaim(long id, String reference, String planCode, ClaimState state,
                            @Nullable BigDecimal approvedAmount) {
    }
}
