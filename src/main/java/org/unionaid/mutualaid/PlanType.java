package org.unionaid.mutualaid;

/** What a mutual-aid plan covers (docs/design.md §4). */
public enum PlanType {
    HOSPITALISATION, CRITICAL_ILLNESS, ACCIDENT, WOMEN_SPECIAL_ILLNESS, SELF_PAID_HOSPITAL, SUDDEN_DEATH, OTHER
}
