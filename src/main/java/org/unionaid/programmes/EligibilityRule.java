package org.unionaid.programmes;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One rule: {@code values} are enum constants for the list rules (categories, school stages, employment
 * forms), {@code min}/{@code max} bound ages and social insurance months.
 */
public record EligibilityRule(RuleType type, List<String> values, @Nullable Integer min, @Nullable Integer max) {

    public EligibilityRule {
        values = List.copyOf(values);
    }

    public static EligibilityRule of(RuleType type) {
        return new EligibilityRule(type, List.of(), null, null);
    }

    public static EligibilityRule list(RuleType type, Enum<?>... constants) {
        return new EligibilityRule(type, java.util.Arrays.stream(constants).map(Enum::name).toList(), null, null);
    }

    public static EligibilityRule range(RuleType type, @Nullable Integer min, @Nullable Integer max) {
        return new EligibilityRule(type, List.of(), min, max);
    }
}
