package org.unionaid.programmes;

/** Money, or goods (an item of a unit value). */
public enum BenefitKind {
    CASH, IN_KIND
}
