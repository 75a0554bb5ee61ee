package org.unionaid.wishes;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A wish to post: for the signed-in worker ({@code workerId} null) or, by a caseworker, for a worker of their
 * subtree; under a MICRO_WISH programme open for the worker's branch; an optional photo.
 */
public record PostWish(@Nullable Long workerId, long programmeId, String title, String reason, BigDecimal value,
                       @Nullable Photo photo) {

    /** An uploaded photo (checked and stored by the documents module). */
    public record Photo(String originalName, byte[] bytes) {
    }
}
