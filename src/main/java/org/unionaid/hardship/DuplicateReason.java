package org.unionaid.hardship;

/** Why a lead was flagged: the same national ID already has an open lead, or an active hardship file. */
public enum DuplicateReason {
    OPEN_LEAD, ACTIVE_FILE
}
