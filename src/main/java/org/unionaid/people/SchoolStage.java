package org.unionaid.people;

/** A household member's current school stage (student aid tiers depend on it). */
public enum SchoolStage {
    PRESCHOOL, PRIMARY, JUNIOR_HIGH, SENIOR_HIGH, VOCATIONAL, UNIVERSITY
}
