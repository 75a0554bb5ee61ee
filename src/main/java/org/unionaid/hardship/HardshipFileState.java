package org.unionaid.hardship;

/**
 * DRAFT → IN_REVIEW → PUBLIC_NOTICE → ACTIVE → EXITED → MONITORING → CLOSED; an objection during the notice
 * sends a file back to IN_REVIEW, a relapse during monitoring reopens it as ACTIVE; CANCELLED from any state
 * but CLOSED and CANCELLED.
 */
public enum HardshipFileState {
    DRAFT, IN_REVIEW, PUBLIC_NOTICE, ACTIVE, EXITED, MONITORING, CLOSED, CANCELLED;

    /** Whether the file still counts as the household's one open file. */
    public boolean open() {
        return this != CLOSED && this != CANCELLED;
    }
}
