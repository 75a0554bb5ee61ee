package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the rules grant for a claim and why: one explanation line per rule applied. {@code refusal} is the line
 * that refuses the claim (past the deadline, too many claims this year), else null; a refused claim gets 0.
 */
public record BenefitCalculation(BigDecimal amount, List<ExplanationLine> lines, @Nullable ExplanationLine refusal) {

    public boolean refused() {
        return refusal != null;
    }
}
