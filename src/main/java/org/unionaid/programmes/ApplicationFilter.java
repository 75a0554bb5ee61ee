package org.unionaid.programmes;

import org.jspecify.annotations.Nullable;

/** The applications list's filter; null fields do not filter. {@code branchId}: that branch's subtree. */
public record ApplicationFilter(@Nullable Long programmeId, @Nullable ApplicationState state, @Nullable Long branchId,
                                @Nullable Boolean eligible) {

    public static ApplicationFilter none() {
        return new ApplicationFilter(null, null, null, null);
    }
}
