package org.unionaid.programmes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an ADMIN enters for a programme. A cash programme pays the first matching tier's amount (or
 * {@code baseAmount} when it has no tiers); an in-kind programme gives one {@code item} of {@code unitValue},
 * while {@code stock} (null: unlimited) lasts. {@code noCash} programmes must be in kind.
 */
public record ProgrammeDetails(String name, ProgrammeKind kind, long branchId, String description,
                               LocalDate periodStart, LocalDate periodEnd, LocalDate applyFrom, LocalDate applyTo,
                               WhoMayApply whoMayApply, BenefitKind form, boolean noCash,
                               @Nullable BigDecimal baseAmount, @Nullable String item, @Nullable BigDecimal unitValue,
                               @Nullable Integer stock, int perPersonLimit, List<EligibilityRule> rules,
                               List<ProgrammeQuestion> questions, List<BenefitTier> tiers) {

    public ProgrammeDetails {
        rules = List.copyOf(rules);
        questions = List.copyOf(questions);
        tiers = List.copyOf(tiers);
    }
}
