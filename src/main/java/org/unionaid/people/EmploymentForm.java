package org.unionaid.people;

/**
 * How the worker is employed (DESIGN §2): a labour contract, flexible work, or a new form of employment
 * (platform couriers, riders, carers).
 */
public enum EmploymentForm {
    CONTRACT, FLEXIBLE, NEW_FORM
}
