package org.unionaid.hardship;

import org.jspecify.annotations.Nullable;

/**
 * The filters of the files list; null means any. {@code branchId} narrows to that branch's subtree (within
 * the caller's own); {@code caseworkerId} is the owning caseworker's user id.
 */
public record HardshipFileFilter(@Nullable HardshipFileState state, @Nullable HardshipCategory category,
                                 @Nullable HardshipFileLevel level, @Nullable HardshipFileCause primaryCause,
                                 @Nullable Long caseworkerId, @Nullable Long branchId) {

    public static HardshipFileFilter none() {
        return new HardshipFileFilter(null, null, null, null, null, null);
    }
}
