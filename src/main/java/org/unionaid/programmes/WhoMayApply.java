package org.unionaid.programmes;

/** Self-application by the worker, nomination by a caseworker, or both. */
public enum WhoMayApply {
    SELF, NOMINATION, BOTH;

    public boolean allowsSelf() {
        return this != NOMINATION;
    }

    public boolean allowsNomination() {
        return this != SELF;
    }
}
