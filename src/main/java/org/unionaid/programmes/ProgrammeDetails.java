package org.unionaid.programmes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an ADMIN enters for a programme. A cash programme pays the first matching tier's amount (or
 * {@code baseAmount} when it has no tiers); an in-kind programme gives one {@code item} of {@code unitValue},
 * while {@code stock} (null: unlimited) lasts. {@code noCash} programmes must be in kind. With
 * {@code requiresPublicNotice} an approved award is on public notice (公示) for {@code noticeDays} before its payout
 * can be approved.
 */
public record ProgrammeDetails(String name, ProgrammeKind kind, long branchId, String description,
                               LocalDate periodStart, LocalDate periodEnd, LocalDate applyFrom, LocalDate applyTo,
                               WhoMayApply whoMayApply, BenefitKind form, boolean noCash,
                               @Nullable BigDecimal baseAmount, @Nullable String item, @Nullable BigDecimal unitValue,
                               @Nullable Integer stock, int perPersonLimit, List<EligibilityRule> rules,
                               List<ProgrammeQuestion> questions, List<BenefitTier> tiers,
                               boolean requiresPublicNotice, int noticeDays) {

    public static final int DEFAULT_NOTICE_DAYS = 7;

    /** Without public notice of the awards. */
    public ProgrammeDetails(String name, ProgrammeKind kind, long branchId, String description,
                            LocalDate periodStart, LocalDate periodEnd, LocalDate applyFrom, LocalDate applyTo,
                            WhoMayApply whoMayApply, BenefitKind form, boolean noCash,
                            @Nullable BigDecimal baseAmount, @Nullable String item, @Nullable BigDecimal unitValue,
                            @Nullable Integer stock, int perPersonLimit, List<EligibilityRule> rules,
                            List<ProgrammeQuestion> questions, List<BenefitTier> tiers) {
        this(name, kind, branchId, description, periodStart, periodEnd, applyFrom, applyTo, whoMayApply, form, noCash,
                baseAmount, item, unitValue, stock, perPersonLimit, rules, questions, tiers, false, DEFAULT_NOTICE_DAYS);
    }

    /** The same details with public notice of the awards on or off. */
    public ProgrammeDetails withPublicNotice(boolean required, int days) {
        return new ProgrammeDetails(name, kind, branchId, description, periodStart, periodEnd, applyFrom, applyTo,
                whoMayApply, form, noCash, baseAmount, item, unitValue, stock, perPersonLimit, rules, questions, tiers,
                required, days);
    }

    public ProgrammeDetails {
        rules = List.copyOf(rules);
        questions = List.copyOf(questions);
        tiers = List.copyOf(tiers);
    }
}
