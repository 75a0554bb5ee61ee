package org.unionaid.programmes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A programme as its page shows it, with the rules of its current version. */
public record ProgrammeView(long id, String name, ProgrammeKind kind, long branchId, String branchName,
                            String description, LocalDate periodStart, LocalDate periodEnd, LocalDate applyFrom,
                            LocalDate applyTo, WhoMayApply whoMayApply, BenefitKind form, boolean noCash,
                            @Nullable BigDecimal baseAmount, @Nullable String item, @Nullable BigDecimal unitValue,
                            @Nullable Integer stock, int perPersonLimit, int ruleVersion, List<EligibilityRule> rules,
                            List<ProgrammeQuestion> questions, List<BenefitTier> tiers, long version,
                            boolean requiresPublicNotice, int noticeDays) {

    public boolean openOn(LocalDate day) {
        return !day.isBefore(applyFrom) && !day.isAfter(applyTo);
    }

    public boolean asksForMember() {
        return kind == ProgrammeKind.STUDENT_AID
                || rules.stream().anyMatch(r -> r.type() == RuleType.SCHOOL_STAGE)
                || tiers.stream().anyMatch(t -> t.schoolStage() != null);
    }

    public ProgrammeDetails details() {
        return new ProgrammeDetails(name, kind, branchId, description, periodStart, periodEnd, applyFrom, applyTo,
                whoMayApply, form, noCash, baseAmount, item, unitValue, stock, perPersonLimit, rules, questions, tiers,
                requiresPublicNotice, noticeDays);
    }
}
