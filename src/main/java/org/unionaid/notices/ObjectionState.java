package org.unionaid.notices;

/** OPEN from lodging until staff record a finding; RESOLVED then (for good). */
public enum ObjectionState {
    OPEN, RESOLVED
}
