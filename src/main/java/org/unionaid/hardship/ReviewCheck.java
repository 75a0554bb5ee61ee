package org.unionaid.hardship;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The eligibility of an ACTIVE file recalculated for its annual review, as on filing: the household's registry
 * income plus the aid of the last twelve months from its benefit ledger ({@code aidLines} name the entries), under
 * the standard in force today, with the category that suggests and so the outcome (continue, change the category,
 * or exit when the household no longer qualifies). {@code unavailableKey} says why it could not be computed
 * (e.g. the household's income is not recorded); then the other fields are empty.
 */
public record ReviewCheck(@Nullable BigDecimal perCapitaMonthlyIncome, BigDecimal aidReceived, List<String> aidLines,
                          @Nullable HardshipCategory suggestedCategory, String reasonKey, List<String> reasonArgs,
                          @Nullable ReviewOutcome suggestedOutcome, @Nullable String unavailableKey) {

    public ReviewCheck {
        aidLines = List.copyOf(aidLines);
        reasonArgs = List.copyOf(reasonArgs);
    }

    static ReviewCheck unavailable(String key) {
        return new ReviewCheck(null, BigDecimal.ZERO, List.of(), null, "", List.of(), null, key);
    }

    public Object[] reasonArgsArray() {
        return reasonArgs.toArray();
    }
}
