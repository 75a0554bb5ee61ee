package org.unionaid.payouts;

/** A disbursement batch: GATHERED (rows may still leave), SENT (bank file written once and kept), SETTLED. */
public enum BatchState {
    GATHERED, SENT, SETTLED
}
