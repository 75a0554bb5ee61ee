package org.unionaid.hardship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.unionaid.branches.Branches;
import org.unionaid.branches.BranchView;
import org.unionaid.hardship.HardshipFiles.OpenFile;
import org.unionaid.hardship.HardshipFiles.FilingAnswers;
import org.unionaid.hardship.domain.HardshipFile;
import org.unionaid.hardship.domain.HardshipFileRepository;
import org.unionaid.people.HouseholdView;
import org.unionaid.people.WorkerView;
import org.unionaid.shared.BusinessRuleException;

/**
 * The eligibility side of filing, for {@link HardshipFiles}: the assessment of a worker's household on a date under
 * the rule set of the branch's region (falling back to the enclosing branches, then national), compared with the
 * latest verification visit, and the checks of an {@link OpenFile} command before a file is opened, in the order
 * the filing page reports them. Runs in the caller's transaction.
 */
@Component
class FilingRules {

    /** The category a new file gets, and the written reason when it is not the suggested one. */
    record Choice(HardshipCategory category, @Nullable String overrideReason) {
    }

    private final HardshipFileRepository files;
    private final Branches branches;
    private final EligibilityRules rules;
    private final Visits visits;
    private final Clock clock;

    private final org.unionaid.payouts.BenefitLedger ledger;

    FilingRules(HardshipFileRepository files, Branches branches, EligibilityRules rules, Visits visits, Clock clock,
                org.unionaid.payouts.BenefitLedger ledger) {
        this.ledger = ledger;
        this.files = files;
        this.branches = branches;
        this.rules = rules;
        this.visits = visits;
        this.clock = clock;
    }

    /**
     * Refuses the opening when the visit disagrees with the registry, when the household is missing or already has
     * an open file, when an exclusion answered yes blocks filing, and when the chosen category differs from the
     * suggested one without a written reason.
     */
    Choice checkOpen(OpenFile command, WorkerView worker, HardshipFilePreview preview) {
        HardshipFilePreview.VisitCheck visit = preview.visit();
        if (visit != null && !visit.agrees()) {
            HouseholdView registry = worker.household();
            throw new BusinessRuleException("hardshipFile.visit.disagrees", String.valueOf(visit.householdSize()),
                    String.valueOf(visit.perCapitaMonthlyIncome()), String.valueOf(registry.size()),
                    String.valueOf(registry.perCapitaMonthlyIncome()));
        }
        Long householdId = worker.household().id();
        if (householdId == null) {
            throw new BusinessRuleException("hardshipFile.household.missing");
        }
        if (files.existsOpenForHousehold(householdId)) {
            throw new BusinessRuleException("hardshipFile.household.alreadyOpen");
        }
        EligibilityAssessment assessment = preview.assessment();
        if (!assessment.blockingExclusions().isEmpty()) {
            throw new BusinessRuleException("hardshipFile.exclusion.blocks",
                    String.join(", ", exclusionLabels(preview, assessment.blockingExclusions())));
        }
        HardshipCategory chosen = command.category() != null ? command.category() : assessment.suggestedCategory();
        if (chosen == null) {
            throw new BusinessRuleException("hardshipFile.category.required");
        }
        String overrideReason = HardshipFiles.blankToNull(command.overrideReason());
        if (chosen != assessment.suggestedCategory() && overrideReason == null) {
            throw new BusinessRuleException("hardshipFile.override.reasonRequired");
        }
        if (chosen == assessment.suggestedCategory()) {
            overrideReason = null;
        }
        return new Choice(chosen, overrideReason);
    }

    /** The figures and the assessment of the worker's household on {@code onDate}, compared with the latest visit. */
    HardshipFilePreview preview(WorkerView worker, @Nullable Long leadId, FilingAnswers answers,
                                        LocalDate onDate) {
        HouseholdView household = worker.household();
        if (household.id() == null || household.annualDisposableIncome() == null
                || household.perCapitaMonthlyIncome() == null) {
            throw new BusinessRuleException("hardshipFile.household.incomeMissing");
        }
        String region = regionOf(worker.branch());
        // aid received in the last year counts as income (docs/design.md §3), as the household's ledger holds it
        LocalDate since = onDate.minusYears(1);
        List<org.unionaid.payouts.LedgerEntry> received = ledger.ledger(worker.id()).entries().stream()
                .filter(e -> e.counted() && !e.date().isBefore(since)).toList();
        java.math.BigDecimal aid = received.stream().map(org.unionaid.payouts.LedgerEntry::amount)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        java.math.BigDecimal annual = household.annualDisposableIncome().add(aid);
        java.math.BigDecimal assessedPerCapita = aid.signum() == 0 ? household.perCapitaMonthlyIncome()
                : java.util.Objects.requireNonNull(org.unionaid.people.HouseholdIncome.perCapitaMonthly(annual,
                        HardshipFiles.nonNull(household.rigidExpenditure()), household.size()));
        List<String> aidLines = received.stream()
                .map(e -> e.date() + " " + (e.programmeName() != null ? e.programmeName() + " · " : "") + e.purpose()
                        + " " + e.amount().toPlainString()).toList();
        EligibilityAssessment assessment = rules.assess(new EligibilityInput(region, onDate,
                assessedPerCapita, annual,
                HardshipFiles.nonNull(answers.annualHardshipCosts()), answers.suddenHardship(),
                answers.exclusionsAnswered()));
        RuleSetView ruleSet = rules.inForce(region, onDate).orElseThrow();
        HardshipFilePreview.VisitCheck visit = visits.latest(leadId, worker.id()).map(v -> {
            java.math.BigDecimal perCapita = org.unionaid.people.HouseholdIncome.perCapitaMonthly(
                    v.annualDisposableIncome(), v.rigidExpenditure(), v.householdSize());
            boolean agrees = v.householdSize() == household.size() && perCapita != null
                    && perCapita.compareTo(household.perCapitaMonthlyIncome()) == 0;
            return new HardshipFilePreview.VisitCheck(v.leadId(), v.visitDate(), v.householdSize(), perCapita, agrees);
        }).orElse(null);
        return new HardshipFilePreview(worker.id(), worker.name(), worker.branch().name(), household.size(),
                household.annualDisposableIncome(), HardshipFiles.nonNull(household.rigidExpenditure()), assessment,
                ruleSet.noticeDays(), ruleSet.exclusions(), visit, aid, aidLines);
    }

    /** The rule set in force today for the file's region (notice days, monitoring months). */
    RuleSetView ruleSetFor(HardshipFile file) {
        String region = regionOf(branches.get(file.branchId()));
        return rules.inForce(region, LocalDate.now(clock)).orElseThrow(
                () -> new BusinessRuleException("eligibility.noRuleSet", region, LocalDate.now(clock).toString()));
    }

    /** The branch's region, or the nearest enclosing branch's; the national code when none has one. */
    String regionOf(BranchView branch) {
        BranchView current = branch;
        while (current.regionCode() == null || current.regionCode().isBlank()) {
            if (current.parentId() == null) {
                return "000000";
            }
            current = branches.get(current.parentId());
        }
        return current.regionCode();
    }

    static List<String> exclusionLabels(HardshipFilePreview preview, List<String> codes) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return codes.stream().map(code -> preview.exclusions().stream().filter(e -> e.code().equals(code))
                .findFirst().map(e -> e.label(locale)).orElse(code)).toList();
    }
}
