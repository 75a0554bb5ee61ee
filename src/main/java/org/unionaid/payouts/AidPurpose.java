package org.unionaid.payouts;

/**
 * What aid was for, so that the same need is not funded twice: a programme's kind has a purpose (student aid →
 * SCHOOLING, holiday relief → HOLIDAY, medical relief → MEDICAL, living relief → LIVING), and aid recorded from
 * outside names one.
 */
public enum AidPurpose {
    LIVING, MEDICAL, SCHOOLING, HOLIDAY, OTHER
}
