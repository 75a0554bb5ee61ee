package org.unionaid.hardship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The civil-affairs cross-check of a file as it stands (shown on the file's page and at its review).
 *
 * @param verdict {@code CONSISTENT} or {@code NEEDS_REVIEW}
 */
public record CrossCheckResult(String verdict, List<Match> matches) {

    public boolean needsReview() {
        return "NEEDS_REVIEW".equals(verdict);
    }

    /**
     * One civil-affairs record of the household.
     *
     * @param kind the record's kind (MINIMUM_LIVING, EXTREME_POVERTY, PROPERTY, VEHICLE, BUSINESS)
     * @param contradicts whether it contradicts the filing (otherwise it is consistent, or supporting evidence)
     */
    public record Match(long recordId, String kind, boolean contradicts, boolean supporting,
                        @Nullable BigDecimal amount, @Nullable String description, LocalDate recordedOn,
                        long importId) {
    }
}
