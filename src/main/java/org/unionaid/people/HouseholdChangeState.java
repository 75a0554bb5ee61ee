package org.unionaid.people;

/** PENDING → ACCEPTED (applied to the household) | REFUSED (with the caseworker's reason). */
public enum HouseholdChangeState {
    PENDING, ACCEPTED, REFUSED
}
