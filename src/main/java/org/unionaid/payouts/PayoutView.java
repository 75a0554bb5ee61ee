package org.unionaid.payouts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.unionaid.people.PayoutAccountStatus;

/**
 * A payout as its page and the API show it (the payee's name masked for PARTNER users). {@code accountStatus}: can
 * a cash payout be paid to the payee's account now; {@code fundingShort}: a PROPOSED payout's split no longer fits
 * its sources; {@code needsSecondApproval}: two ADMINs must approve (above the limit and not a reissue).
 */
public record PayoutView(long id, String reference, PayoutSourceType sourceType,
                         long sourceId, long branchId, long payeeWorkerId, String payeeName, @Nullable Long programmeId,
                         PayoutKind form, BigDecimal amount, @Nullable String item, @Nullable Integer quantity,
                         PayoutState state, String purpose, long proposedBy, @Nullable Long firstApprovedBy,
                         @Nullable Long approvedBy, @Nullable Long reissueOf, @Nullable String decisionReason,
                         List<FundingShareView> split, Instant proposedAt, @Nullable Instant paidAt, long version,
                         PayoutAccountStatus accountStatus, boolean fundingShort, boolean needsSecondApproval) {
}
