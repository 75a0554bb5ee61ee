package org.unionaid.payouts;

/** Who gave aid recorded from outside the union: the government (低保, 特困, 临时救助, …) or another organisation. */
public enum OutsideAidKind {
    GOVERNMENT_ASSISTANCE, OTHER_ORGANISATION
}
