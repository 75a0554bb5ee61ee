package org.unionaid.programmes;

/**
 * SUBMITTED → (MORE_INFO_REQUESTED → SUBMITTED) → RECOMMENDED → APPROVED → PAID; REJECTED (with a reason)
 * from SUBMITTED, MORE_INFO_REQUESTED or RECOMMENDED; WITHDRAWN by the worker before the decision.
 */
public enum ApplicationState {
    SUBMITTED, MORE_INFO_REQUESTED, RECOMMENDED, APPROVED, REJECTED, PAID, WITHDRAWN;

    /** Counts against the per-person limit. */
    public boolean live() {
        return this != REJECTED && this != WITHDRAWN;
    }

    public boolean decided() {
        return this == APPROVED || this == REJECTED || this == PAID;
    }
}
