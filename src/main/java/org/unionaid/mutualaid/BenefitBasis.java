package org.unionaid.mutualaid;

/**
 * How a benefit is computed: a RATE of the eligible amount above the deductible, a fixed amount PER_DAY of the
 * hospital stay, or a LUMP_SUM (e.g. on the diagnosis of a critical illness).
 */
public enum BenefitBasis {
    RATE, PER_DAY, LUMP_SUM
}
