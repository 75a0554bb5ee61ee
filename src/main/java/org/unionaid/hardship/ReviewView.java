package org.unionaid.hardship;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A review held on a file, with the eligibility recalculated on its day ({@link ReviewCheck}: per-capita income
 * with the year's ledger aid counted, that aid, the suggested category and outcome; null when not computed).
 */
public record ReviewView(long id, LocalDate reviewedOn, String findings, ReviewOutcome outcome,
                         @Nullable HardshipCategory newCategory, String reviewer,
                         @Nullable BigDecimal assessedPerCapita, @Nullable BigDecimal aidCounted,
                         @Nullable HardshipCategory suggestedCategory, @Nullable ReviewOutcome suggestedOutcome) {

    /** Whether the caseworker's outcome differs from what the recalculation suggested. */
    public boolean departsFromSuggestion() {
        return suggestedOutcome != null && suggestedOutcome != outcome;
    }
}
