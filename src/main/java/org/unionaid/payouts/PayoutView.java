package org.unionaid.payouts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A payout as its page and the API show it (the payee's name masked for PARTNER users). */
public record PayoutView(long id, String reference, PayoutSourceType sourceType,
                         long sourceId, long branchId, long payeeWorkerId, String payeeName, @Nullable Long programmeId,
                         PayoutForm form, BigDecimal amount, @Nullable String item, @Nullable Integer quantity,
                         PayoutState state, String purpose, long proposedBy, @Nullable Long firstApprovedBy,
                         @Nullable Long approvedBy, @Nullable Long reissueOf, @Nullable String decisionReason,
                         List<FundingShareView> split, Instant proposedAt, @Nullable Instant paidAt, long version) {
}
