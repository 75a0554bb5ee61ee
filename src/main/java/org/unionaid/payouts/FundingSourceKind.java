package org.unionaid.payouts;

public enum FundingSourceKind {
    UNION_BUDGET, PARTNER
}
