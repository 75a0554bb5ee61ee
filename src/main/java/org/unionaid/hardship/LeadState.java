package org.unionaid.hardship;

/** NEW → ASSIGNED → VERIFYING → FILED | REFERRED | DISMISSED (docs/design.md §3). */
public enum LeadState {
    NEW, ASSIGNED, VERIFYING, FILED, REFERRED, DISMISSED;

    public boolean isOpen() {
        return this == NEW || this == ASSIGNED || this == VERIFYING;
    }
}
