package org.unionaid.wishes;

/**
 * SUBMITTED → PUBLISHED (approved for the board) or REJECTED; PUBLISHED → CLAIMED (a donor took it; released back
 * to PUBLISHED) → DELIVERED (the donor's photo, or the worker's confirmation); SUBMITTED or PUBLISHED → WITHDRAWN
 * by the worker.
 */
public enum WishState {
    SUBMITTED, PUBLISHED, REJECTED, WITHDRAWN, CLAIMED, DELIVERED;

    /** Whether the wish is still under way (not rejected, withdrawn or delivered). */
    public boolean open() {
        return this == SUBMITTED || this == PUBLISHED || this == CLAIMED;
    }
}
