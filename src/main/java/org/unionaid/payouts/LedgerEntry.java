package org.unionaid.payouts;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One line of a household's benefit ledger: a payout of the union (cash or in kind, with its state, programme or
 * origin and funders) or aid recorded from outside (with its provider, purpose and evidence). {@code date} is the
 * day it was paid or delivered, else proposed (payouts), or received (outside aid); {@code counted} whether it is in
 * the totals (paid payouts and recorded outside aid).
 */
public record LedgerEntry(LedgerKind kind, @Nullable Long payoutId, @Nullable String reference,
                          @Nullable PayoutState state, @Nullable Long programmeId, @Nullable String programmeName,
                          String purpose, @Nullable PayoutKind form, BigDecimal amount, @Nullable String item,
                          LocalDate date, String funders, @Nullable Long outsideAidId,
                          @Nullable AidPurpose aidPurpose, @Nullable Long evidenceDocumentId, boolean counted) {
}
