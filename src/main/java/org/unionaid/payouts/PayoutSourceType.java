package org.unionaid.payouts;

/** Where a payout comes from; the id of the origin belongs to the module named here. */
public enum PayoutSourceType {
    APPLICATION, PLAN_MEASURE, CLAIM
}
