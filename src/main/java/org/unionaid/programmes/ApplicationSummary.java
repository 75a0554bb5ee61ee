package org.unionaid.programmes;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A line of the applications list. */
public record ApplicationSummary(long id, String reference, long programmeId, String programmeName, long workerId,
                                 String workerName, @Nullable String memberName, long branchId, String branchName,
                                 ApplicationOrigin origin, ApplicationState state, boolean eligible,
                                 @Nullable BigDecimal amount, @Nullable String payoutState, Instant createdAt) {
}
