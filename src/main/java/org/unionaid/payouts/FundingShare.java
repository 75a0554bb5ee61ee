package org.unionaid.payouts;

import java.math.BigDecimal;

/** The part of a payout's amount that one funding source carries. */
public record FundingShare(long fundingSourceId, BigDecimal amount) {
}
