package org.unionaid.programmes;

import java.util.List;

/** One line of a stored eligibility check: the rule (or question, or tier), whether it passed, and why. */
public record RuleResult(String rule, boolean passed, String reasonKey, List<String> reasonArgs) {

    public RuleResult {
        reasonArgs = List.copyOf(reasonArgs);
    }
}
