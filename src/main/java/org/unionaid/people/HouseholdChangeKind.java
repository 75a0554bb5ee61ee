package org.unionaid.people;

/** What a worker's household change does: add a member or change one. */
public enum HouseholdChangeKind {
    ADD, UPDATE
}
