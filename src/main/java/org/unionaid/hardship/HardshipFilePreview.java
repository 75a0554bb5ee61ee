package org.unionaid.hardship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the filing page shows before the caseworker confirms: the household figures, the assessment on the
 * filing date (standard in force, its region and valid-from, suggested category with its reason) and the
 * exclusion questions of that rule set. {@code visit} compares the registry household with the latest
 * verification visit of the lead the file comes from (null when there is none).
 */
public record HardshipFilePreview(long workerId, String workerName, String branchName, int householdSize,
                                  BigDecimal annualIncome, BigDecimal rigidExpenditure, EligibilityAssessment assessment,
                                  int noticeDays, List<RuleSetView.Exclusion> exclusions, @Nullable VisitCheck visit,
                                  BigDecimal aidReceived, List<String> aidLines) {

    /**
     * The household the visit found beside the registry's: while they differ in size or per-capita income
     * the page suggests no category and the file cannot be opened (the registry is completed, or the household
     * visited again, first).
     */
    public record VisitCheck(long leadId, LocalDate visitDate, int householdSize,
                             @Nullable BigDecimal perCapitaMonthlyIncome, boolean agrees) {
    }

    /** Whether the registry household and the visit disagree (no suggestion, no filing until they do). */
    public boolean visitDisagrees() {
        return visit != null && !visit.agrees();
    }

    /** The suggested category, withheld while the registry and the visit disagree. */
    public @Nullable HardshipCategory suggestedCategory() {
        return visitDisagrees() ? null : assessment.suggestedCategory();
    }
}
