package org.unionaid.people;

/** A household member's employment. */
public enum EmploymentStatus {
    EMPLOYED, FLEXIBLE, UNEMPLOYED, RETIRED, STUDENT, UNABLE_TO_WORK
}
