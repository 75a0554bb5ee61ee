package org.unionaid.hardship;

import org.jspecify.annotations.Nullable;

/** Filters of the leads list; every field optional. */
public record LeadFilter(@Nullable LeadState state, @Nullable LeadSource source, @Nullable Long assignedTo,
                         @Nullable Long branchId, boolean duplicatesOnly) {

    public static LeadFilter none() {
        return new LeadFilter(null, null, null, null, false);
    }
}
