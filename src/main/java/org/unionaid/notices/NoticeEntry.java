package org.unionaid.notices;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One line of the public notice board. {@code category} is set for a hardship file (DEEP, RELATIVE, ACCIDENT),
 * {@code programmeName} with the tier, item and amount for an award. Nothing else about the person is published.
 */
public record NoticeEntry(ObjectionSubject subjectType, long subjectId, String maskedName, long branchId,
                          String branchName, @Nullable String category, @Nullable String programmeName,
                          @Nullable String tierLabel, @Nullable String item, @Nullable BigDecimal amount,
                          LocalDate noticeStartedOn, LocalDate noticeEndsOn) {

    /** The last day of the window (the notice ends at the start of {@code noticeEndsOn}). */
    public LocalDate lastDay() {
        return noticeEndsOn.minusDays(1);
    }
}
