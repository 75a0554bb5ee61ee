package org.unionaid.appeals;

/** OPEN → UPHELD (the subject is reopened for a new decision) | DISMISSED (the refusal stands). */
public enum AppealState {
    OPEN, UPHELD, DISMISSED;

    public boolean decided() {
        return this != OPEN;
    }
}
