package org.unionaid.hardship;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A row of the files list (and of its export). */
public record HardshipFileSummary(long id, String fileNumber, long workerId, String workerName, long branchId,
                                  String branchName, HardshipCategory category, HardshipFileLevel level,
                                  HardshipFileCause primaryCause, HardshipFileState state, HardshipFileOrigin origin,
                                  String caseworkerName, LocalDate filedOn, @Nullable LocalDate nextReviewDue) {
}
