package org.unionaid.programmes;

import java.time.LocalDate;

/** A line of the programmes list. */
public record ProgrammeSummary(long id, String name, ProgrammeKind kind, long branchId, String branchName,
                               LocalDate periodStart, LocalDate periodEnd, LocalDate applyFrom, LocalDate applyTo,
                               WhoMayApply whoMayApply, BenefitKind form, boolean noCash, long applications) {
}
