package org.unionaid.payouts;

import java.math.BigDecimal;

/** A payout's share on one funding source, with the source's name and kind for display. */
public record FundingShareView(long fundingSourceId, String sourceName, FundingSourceKind kind, BigDecimal amount) {
}
