package org.unionaid.payouts;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A pledge of money to a programme.
 *
 * @param partnerUserId the PARTNER user account that represents the foundation (PARTNER sources only)
 */
public record PledgeFunding(long programmeId, long branchId, FundingSourceKind kind, String name,
                            @Nullable Long partnerUserId, BigDecimal allocated) {
}
