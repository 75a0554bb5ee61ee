package org.unionaid.payouts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A disbursement batch with its lines (bank account masked). Once SENT, the lines are the rows as they were written
 * to the bank file (payee, holder, bank, masked account at that moment) and the files' SHA-256 are given.
 */
public record BatchView(long id, String reference, long branchId, String createdBy, Instant createdAt, int itemCount,
                        BigDecimal total, long paidCount, long failedCount, List<Line> lines, BatchState state,
                        @Nullable String sentBy, @Nullable Instant sentAt, @Nullable String csvSha256,
                        @Nullable String xlsxSha256) {

    public boolean settled() {
        return itemCount > 0 && paidCount + failedCount == itemCount;
    }

    public boolean sent() {
        return state != BatchState.GATHERED;
    }

    public record Line(long payoutId, String payoutReference, String payeeName, @Nullable String bankAccountMasked,
                       BigDecimal amount, PayoutState state, @Nullable String result, @Nullable String resultReason,
                       @Nullable String accountHolder, @Nullable String bankName) {
    }
}
