package org.unionaid.wishes;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A wish as its pages show it. {@code workerName} is the full name for the worker and for staff who read the
 * registry in scope, and the masked name (张*明) for everyone else (donors); no contact data is ever part of it.
 * {@code photoId} is the wish's own photo, {@code deliveryPhotoId} the donor's proof of delivery.
 */
public record WishView(long id, String reference, long programmeId, String programmeName, long workerId,
                       String workerName, long branchId, String branchName, String title, String reason,
                       BigDecimal value, WishState state, String postedBy, Instant postedAt,
                       @Nullable String reviewedBy, @Nullable String rejectionReason, @Nullable Long donorUserId,
                       @Nullable String donorName, @Nullable Instant claimedAt, @Nullable Instant deliveredAt,
                       @Nullable String deliveryNote, @Nullable Instant confirmedAt, @Nullable Long photoId,
                       @Nullable Long deliveryPhotoId, long version) {
}
