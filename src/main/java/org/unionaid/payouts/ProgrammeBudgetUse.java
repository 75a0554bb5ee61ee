package org.unionaid.payouts;

/** The sums over the funding sources of one programme that the caller may see. */
public record ProgrammeBudgetUse(long programmeId, BudgetUse use) {
}
