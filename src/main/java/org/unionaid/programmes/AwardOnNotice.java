package org.unionaid.programmes;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A programme award as the public notice board shows it: the masked name of the person helped (the student for
 * student aid), the branch, the programme, the tier or item and the amount, and the notice window; never an ID,
 * a phone, an address, health data or the reasons of the decision.
 */
public record AwardOnNotice(long applicationId, String maskedName, long branchId, long programmeId,
                            String programmeName, @Nullable String tierLabel, @Nullable BigDecimal amount,
                            @Nullable String item, LocalDate noticeStartedOn, LocalDate noticeEndsOn) {
}
