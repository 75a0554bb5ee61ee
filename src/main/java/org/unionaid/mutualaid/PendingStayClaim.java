package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An imported claim waiting for a reviewer's confirmation ({@link StayQueries#pending}): the member, the stay, the
 * benefit as the plan's rules of the admission date calculate it now with its explanation lines (those a reviewer
 * sees on the claim's page), and whether the member's payout account can be paid ({@code payable}: if not, the
 * claim may be confirmed but its payout waits in the approval queue until the account exists).
 */
public record PendingStayClaim(long claimId, String reference, long importId, String importReference,
                               String workerName, String nationalIdMasked, String planCode, String hospital,
                               LocalDate admissionDate, LocalDate dischargeDate, BigDecimal invoiceTotal,
                               ClaimState state, BigDecimal amount, List<ExplanationLine> lines, boolean payable) {
}
