package org.unionaid.payouts;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the payouts list filters by; every field optional. {@code branchId} narrows to that branch's subtree
 * (within the caller's); the dates bound the proposal date (inclusive).
 */
public record PayoutFilter(@Nullable PayoutState state, @Nullable PayoutKind form,
                           @Nullable PayoutSourceType sourceType, @Nullable Long programmeId,
                           @Nullable Long branchId, @Nullable LocalDate from, @Nullable LocalDate to) {

    public static PayoutFilter none() {
        return new PayoutFilter(null, null, null, null, null, null, null);
    }

    public static PayoutFilter inState(PayoutState state) {
        return new PayoutFilter(state, null, null, null, null, null, null);
    }
}
