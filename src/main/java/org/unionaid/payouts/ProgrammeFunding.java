package org.unionaid.payouts;

import java.util.List;

/** A programme's funding sources the caller may see and its budget use. */
public record ProgrammeFunding(List<FundingSourceView> sources, BudgetUse use) {
}
