package org.unionaid.mutualaid;

/**
 * What became of an imported stay: claims were made ({@code CLAIMED}); the person is no member of a hospital plan
 * within the importer's branches ({@code NOT_MEMBER}); or a member's stay is not covered — before the coverage,
 * inside the waiting period, no rules, past the deadline, over the yearly number of claims, no benefit
 * ({@code NOT_COVERED}). Rows imported before are not stored again; the import only counts them.
 */
public enum StayOutcome {
    CLAIMED, NOT_MEMBER, NOT_COVERED
}
