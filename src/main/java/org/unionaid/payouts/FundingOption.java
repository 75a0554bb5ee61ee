package org.unionaid.payouts;

import java.math.BigDecimal;

/** A funding source an approver may split a payout onto: what it has available now and the payout's share. */
public record FundingOption(long sourceId, String name, FundingSourceKind kind, BigDecimal available,
                            BigDecimal share) {
}
