package org.unionaid.people;

/**
 * How the worker is employed (docs/design.md §2): a labour contract, flexible work, or a new form of employment
 * (platform couriers, riders, carers).
 */
public enum EmploymentType {
    CONTRACT, FLEXIBLE, NEW_FORM
}
