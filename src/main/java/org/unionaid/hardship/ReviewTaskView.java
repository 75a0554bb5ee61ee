package org.unionaid.hardship;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A review task on a file, open or resolved. */
public record ReviewTaskView(long id, long fileId, ReviewTrigger trigger, String detail, boolean open,
                             String raisedBy, Instant raisedAt, @Nullable String resolutionNote,
                             @Nullable String resolvedBy, @Nullable Instant resolvedAt) {
}
