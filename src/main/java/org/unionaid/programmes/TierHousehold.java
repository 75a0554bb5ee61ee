package org.unionaid.programmes;

import org.jspecify.annotations.Nullable;
import org.unionaid.hardship.HardshipCategory;

/** Which households a benefit tier applies to: any, filed (any category), not filed, or one category. */
public enum TierHousehold {
    ANY, FILED, NOT_FILED, DEEP, RELATIVE, ACCIDENT;

    public boolean matches(@Nullable HardshipCategory category) {
        return switch (this) {
            case ANY -> true;
            case FILED -> category != null;
            case NOT_FILED -> category == null;
            default -> category != null && category.name().equals(name());
        };
    }
}
