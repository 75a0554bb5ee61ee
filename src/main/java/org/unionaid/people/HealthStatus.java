package org.unionaid.people;

/** A household member's health, as found by the caseworker. */
public enum HealthStatus {
    HEALTHY, CHRONIC_ILLNESS, SERIOUS_ILLNESS, DISABLED
}
