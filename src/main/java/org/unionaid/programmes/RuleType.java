package org.unionaid.programmes;

/**
 * The kinds of eligibility rule a programme combines (all must pass). Custom yes/no questions are kept
 * apart ({@link ProgrammeQuestion}) and checked the same way.
 */
public enum RuleType {
    /** The worker's open hardship file has one of the listed categories. */
    HARDSHIP_CATEGORY,
    /** The worker's age is within [min, max] (either end may be open). */
    AGE_RANGE,
    /** The worker is a union member. */
    UNION_MEMBER,
    /** At least min months of social insurance. */
    SOCIAL_INSURANCE_MONTHS,
    /** A labour contract with an employer in the programme's area (the worker's branch lies within it). */
    LOCAL_LABOUR_CONTRACT,
    /** The household member applied for is at one of the listed school stages. */
    SCHOOL_STAGE,
    /** The worker's employment form is one of the listed ones. */
    EMPLOYMENT_FORM,
    /**
     * At most min awards of programmes of this kind to the household within the last max months (e.g. holiday
     * relief once a year), counted in the benefit ledger.
     */
    MAX_AWARDS_PER_PERIOD,
    /**
     * Not when the same need was funded elsewhere within the last max months: recorded outside aid of the
     * programme kind's purpose, or an award of another programme of the same kind (benefit ledger).
     */
    NOT_FUNDED_ELSEWHERE
}
