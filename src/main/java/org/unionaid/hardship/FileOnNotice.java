package org.unionaid.hardship;

import java.time.LocalDate;

/**
 * A hardship file as the public notice board shows it: the masked name only (张*明), the branch, the category and
 * the notice window; never an ID, a phone, an address, health data or reasons.
 */
public record FileOnNotice(long fileId, String maskedName, long branchId, HardshipCategory category,
                           LocalDate noticeStartedOn, LocalDate noticeEndsOn) {
}
