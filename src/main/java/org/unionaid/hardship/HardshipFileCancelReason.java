package org.unionaid.hardship;

/** Why a file was cancelled. */
public enum HardshipFileCancelReason {
    DEATH, RETIREMENT, MOVED_AWAY, NOT_ELIGIBLE, FRAUD
}
