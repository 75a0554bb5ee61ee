package org.unionaid.people;

import org.jspecify.annotations.Nullable;

/**
 * A worker's payout account as a batch's lines show it before the batch is sent: holder, bank and the masked
 * number only (the full number only through {@link People#accountForDisbursement}, audited).
 */
public record MaskedPayoutAccount(long workerId, String workerName, @Nullable String bankName,
                                  @Nullable String holder, @Nullable String masked, PayoutAccountStatus status) {
}
