package org.unionaid.programmes;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The result of checking an applicant against a programme's rules of one version. */
public record EligibilityOutcome(boolean eligible, int ruleVersion, List<RuleResult> results,
                                 @Nullable String tierLabel, @Nullable BigDecimal amount) {
}
