package org.unionaid.programmes.domain;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;
import org.unionaid.programmes.EligibilityRule;
import org.unionaid.programmes.RuleType;

@Embeddable
class RuleRow {

    @Enumerated(EnumType.STRING)
    private RuleType type;

    @Column(name = "list_values")
    private String listValues;

    @Column(name = "min_value")
    private @Nullable Integer minValue;

    @Column(name = "max_value")
    private @Nullable Integer maxValue;

    protected RuleRow() {
        this.type = RuleType.UNION_MEMBER;
        this.listValues = "";
    }

    RuleRow(EligibilityRule rule) {
        this.type = rule.type();
        this.listValues = String.join(",", rule.values());
        this.minValue = rule.min();
        this.maxValue = rule.max();
    }

    EligibilityRule toRule() {
        List<String> values = listValues.isBlank() ? List.of() : Arrays.asList(listValues.split(","));
        return new EligibilityRule(type, values, minValue, maxValue);
    }
}
