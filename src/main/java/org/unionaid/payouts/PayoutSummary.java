package org.unionaid.payouts;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A row of the payouts list (the payee's name masked for PARTNER users). */
public record PayoutSummary(long id, String reference, PayoutSourceType sourceType, long sourceId, long branchId,
                            String branchName, long payeeWorkerId, String payeeName, @Nullable Long programmeId,
                            PayoutForm form, BigDecimal amount, @Nullable String item, PayoutState state,
                            String proposedByName, Instant proposedAt, boolean awaitingSecondApproval) {
}
