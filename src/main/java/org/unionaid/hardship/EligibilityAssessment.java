package org.unionaid.hardship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The suggestion shown at filing: the category (or none), the reason as a message key with arguments,
 * the standard in force and the rule set it came from, and any exclusion that blocks filing.
 */
public record EligibilityAssessment(
        @Nullable HardshipCategory suggestedCategory,
        String reasonKey,
        List<String> reasonArgs,
        long ruleSetId,
        String regionName,
        LocalDate ruleValidFrom,
        BigDecimal minLivingStandard,
        BigDecimal perCapitaMonthlyIncome,
        List<String> blockingExclusions) {

    public boolean eligible() {
        return suggestedCategory != null && blockingExclusions.isEmpty();
    }

    public Object[] reasonArgsArray() {
        return reasonArgs.toArray();
    }
}
