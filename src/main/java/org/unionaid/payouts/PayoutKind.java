package org.unionaid.payouts;

/** Money to a bank account, or goods handed over. */
public enum PayoutKind {
    CASH, IN_KIND
}
