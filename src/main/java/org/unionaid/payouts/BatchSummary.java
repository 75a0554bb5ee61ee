package org.unionaid.payouts;

import java.math.BigDecimal;
import java.time.Instant;

public record BatchSummary(long id, String reference, long branchId, String branchName, String createdBy,
                           Instant createdAt, int itemCount, BigDecimal total, long paidCount, long failedCount) {
}
