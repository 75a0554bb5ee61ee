package org.unionaid.payouts;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A payout proposal (the maker's step).
 *
 * @param branchId the branch that owns the payout (the case's branch)
 * @param programmeId funding comes from this programme's sources; null only for CLAIM and PLAN_MEASURE
 * @param amount the cash amount; for IN_KIND the total value (quantity × unit value)
 * @param item IN_KIND only, e.g. "米面油礼包"
 * @param quantity IN_KIND only
 * @param cashAllowed false for no-cash programmes: a CASH proposal is refused
 * @param split null: split automatically over the programme's sources in id order (none without a programme)
 * @param purpose shown to the worker and in the bank file's reference text
 */
public record ProposePayout(
        PayoutSourceType sourceType, long sourceId,
        long branchId,
        long payeeWorkerId,
        @Nullable Long programmeId,
        PayoutKind form,
        BigDecimal amount,
        @Nullable String item,
        @Nullable Integer quantity,
        boolean cashAllowed,
        @Nullable List<FundingShare> split,
        String purpose) {
}
