package org.unionaid.mutualaid;

/**
 * How a claim came to be: filed by the member or a caseworker for them ({@code MANUAL}), or made from a hospital
 * stay in imported medical-insurance settlement data without the member filing anything ({@code IMPORTED},
 * 免申即享, {@link HospitalStays}).
 */
public enum ClaimOrigin {
    MANUAL, IMPORTED
}
