package org.unionaid.payouts;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

public record FundingSourceView(long id, long programmeId, FundingSourceKind kind, String name,
                                @Nullable Long partnerUserId, BigDecimal allocated, BigDecimal committed,
                                BigDecimal paid, BigDecimal available) {
}
