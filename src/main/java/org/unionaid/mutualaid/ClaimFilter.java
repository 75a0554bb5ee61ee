package org.unionaid.mutualaid;

import org.jspecify.annotations.Nullable;

/** The review queue's filters; a null state means all open claims (SUBMITTED, IN_REVIEW, MORE_INFO_REQUESTED). */
public record ClaimFilter(@Nullable ClaimState state, @Nullable Long planId, @Nullable Long branchId) {

    public static ClaimFilter open() {
        return new ClaimFilter(null, null, null);
    }
}
