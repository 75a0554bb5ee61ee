package org.unionaid.programmes;

/** Money, or goods (an item of a unit value). */
public enum BenefitForm {
    CASH, IN_KIND
}
