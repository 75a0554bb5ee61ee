package org.unionaid.programmes.domain;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.unionaid.programmes.RuleResult;

@Embeddable
class ResultRow {

    private String rule;

    private boolean passed;

    @Column(name = "reason_key")
    private String reasonKey;

    /** Arguments joined with the unit separator, which no argument contains. */
    @Column(name = "reason_args")
    private String reasonArgs;

    static final String SEPARATOR = "\u001f";

    protected ResultRow() {
        this.rule = "";
        this.reasonKey = "";
        this.reasonArgs = "";
    }

    ResultRow(RuleResult result) {
        this.rule = result.rule();
        this.passed = result.passed();
        this.reasonKey = result.reasonKey();
        this.reasonArgs = String.join(SEPARATOR, result.reasonArgs());
    }

    RuleResult toResult() {
        List<String> args = reasonArgs.isEmpty() ? List.of() : Arrays.asList(reasonArgs.split(SEPARATOR, -1));
        return new RuleResult(rule, passed, reasonKey, args);
    }
}
