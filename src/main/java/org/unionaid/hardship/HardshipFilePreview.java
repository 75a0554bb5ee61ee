package org.unionaid.hardship;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the filing page shows before the caseworker confirms: the household figures, the assessment on the
 * filing date (standard in force, its region and valid-from, suggested category with its reason) and the
 * exclusion questions of that rule set.
 */
public record HardshipFilePreview(long workerId, String workerName, String branchName, int householdSize,
                                  BigDecimal annualIncome, BigDecimal rigidExpenditure, EligibilityAssessment assessment,
                                  int noticeDays, List<RuleSetView.Exclusion> exclusions) {
}
