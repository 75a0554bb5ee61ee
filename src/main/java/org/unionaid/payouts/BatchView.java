package org.unionaid.payouts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A disbursement batch with its lines (bank account masked). */
public record BatchView(long id, String reference, long branchId, String createdBy, Instant createdAt, int itemCount,
                        BigDecimal total, long paidCount, long failedCount, List<Line> lines) {

    public boolean settled() {
        return paidCount + failedCount == itemCount;
    }

    public record Line(long payoutId, String payoutReference, String payeeName, @Nullable String bankAccountMasked,
                       BigDecimal amount, PayoutState state, @Nullable String result, @Nullable String resultReason) {
    }
}
