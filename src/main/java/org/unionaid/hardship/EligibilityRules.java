package org.unionaid.hardship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.hardship.domain.EligibilityRuleSet;
import org.unionaid.hardship.domain.EligibilityRuleSetRepository;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.Money;

/**
 * The per-region, dated eligibility rules (docs/design.md §3) and the assessment that suggests a category.
 * A region without its own rules uses its city's, then its province's, then the national ones
 * ({@code 610113} → {@code 610100} → {@code 610000} → {@code 000000}).
 */
@Service
@Transactional
public class EligibilityRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EligibilityRuleSetRepository ruleSets;
    private final AuditTrail audit;

    EligibilityRules(EligibilityRuleSetRepository ruleSets, AuditTrail audit) {
        this.ruleSets = ruleSets;
        this.audit = audit;
    }

    /** The rule set in force for a region on a date, falling back to the enclosing regions. */
    @Transactional(readOnly = true)
    public Optional<RuleSetView> inForce(String regionCode, LocalDate date) {
        for (String candidate : regionChain(regionCode)) {
            Optional<EligibilityRuleSet> found = ruleSets.findInForce(candidate, date);
            if (found.isPresent()) {
                return found.map(EligibilityRuleSet::toView);
            }
        }
        return Optional.empty();
    }

    /**
     * Suggests a category with its reason. Income categories come first (DEEP below the deep multiple of
     * the standard, RELATIVE below the relative multiple); otherwise ACCIDENT after a sudden hardship or
     * when the year's hardship costs reach the configured share of income. Exclusion answers block filing.
     */
    @Transactional(readOnly = true)
    public EligibilityAssessment assess(EligibilityInput input) {
        RuleSetView rules = inForce(input.regionCode(), input.onDate())
                .orElseThrow(() -> new BusinessRuleException("eligibility.noRuleSet", input.regionCode(),
                        input.onDate().toString()));
        List<String> blocking = new ArrayList<>();
        for (RuleSetView.Exclusion exclusion : rules.exclusions()) {
            if (input.exclusionsAnswered().contains(exclusion.code())) {
                blocking.add(exclusion.code());
            }
        }
        BigDecimal income = Money.round(input.perCapitaMonthlyIncome());
        BigDecimal deepLine = Money.round(rules.minLivingStandard().multiply(rules.deepMultiplier()));
        BigDecimal relativeLine = Money.round(rules.minLivingStandard().multiply(rules.relativeMultiplier()));
        HardshipCategory category;
        String reason;
        List<String> args;
        if (income.compareTo(deepLine) < 0) {
            category = HardshipCategory.DEEP;
            reason = "eligibility.reason.deep";
            args = List.of(plain(income), plain(deepLine), plain(rules.deepMultiplier()), plain(rules.minLivingStandard()));
        } else if (income.compareTo(relativeLine) < 0) {
            category = HardshipCategory.RELATIVE;
            reason = "eligibility.reason.relative";
            args = List.of(plain(income), plain(relativeLine), plain(rules.relativeMultiplier()),
                    plain(rules.minLivingStandard()));
        } else if (input.suddenHardship()) {
            category = HardshipCategory.ACCIDENT;
            reason = "eligibility.reason.sudden";
            args = List.of(plain(income), plain(relativeLine));
        } else if (input.annualHardshipCosts().signum() > 0 && input.annualHardshipCosts()
                .compareTo(input.annualIncome().multiply(rules.accidentCostShare())) >= 0) {
            category = HardshipCategory.ACCIDENT;
            reason = "eligibility.reason.costShare";
            args = List.of(plain(Money.round(input.annualHardshipCosts())),
                    plain(rules.accidentCostShare().multiply(HUNDRED).stripTrailingZeros()),
                    plain(Money.round(input.annualIncome())));
        } else {
            category = null;
            reason = "eligibility.reason.aboveThreshold";
            args = List.of(plain(income), plain(relativeLine));
        }
        return new EligibilityAssessment(category, reason, args, rules.id(), rules.regionName(), rules.validFrom(),
                rules.minLivingStandard(), income, blocking);
    }

    @Transactional(readOnly = true)
    public List<RuleSetView> all() {
        return ruleSets.findAllOrdered().stream().map(EligibilityRuleSet::toView).toList();
    }

    /**
     * Adds a rule set for a region from a date on. It must start after every existing set of the region;
     * the set in force until then ends the day before. Earlier decisions stay explained by their own set.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSADMIN')")
    public RuleSetView create(NewRuleSet command) {
        if (command.relativeMultiplier().compareTo(command.deepMultiplier()) <= 0) {
            throw new BusinessRuleException("eligibility.rule.relativeNotAboveDeep");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (RuleSetView.Exclusion e : command.exclusions()) {
            if (!codes.add(e.code())) {
                throw new BusinessRuleException("eligibility.rule.exclusionDuplicate", e.code());
            }
        }
        List<EligibilityRuleSet> existing = ruleSets.findByRegion(command.regionCode());
        for (EligibilityRuleSet set : existing) {
            if (!set.validFrom().isBefore(command.validFrom())) {
                throw new BusinessRuleException("eligibility.rule.notAfterLatest", set.validFrom().toString());
            }
        }
        existing.stream()
                .filter(set -> set.validTo() == null || !set.validTo().isBefore(command.validFrom()))
                .forEach(set -> set.endBefore(command.validFrom()));
        EligibilityRuleSet saved = ruleSets.saveAndFlush(new EligibilityRuleSet(command.regionCode(),
                command.regionName(), command.validFrom(), Money.round(command.minLivingStandard()),
                command.deepMultiplier(), command.relativeMultiplier(), command.accidentCostShare(),
                command.noticeDays(), command.monitoringMonths(), Actors.currentName(), command.exclusions()));
        RuleSetView view = saved.toView();
        audit.record(AuditEntry.of("EligibilityRuleSet", view.id(), "CREATE", null)
                .withAfter(Map.of("region", view.regionCode(), "validFrom", view.validFrom().toString(),
                        "minLivingStandard", view.minLivingStandard(), "deep", view.deepMultiplier(),
                        "relative", view.relativeMultiplier(), "accidentShare", view.accidentCostShare(),
                        "exclusions", codes)));
        return view;
    }

    static List<String> regionChain(String regionCode) {
        Set<String> chain = new LinkedHashSet<>();
        chain.add(regionCode);
        if (regionCode.length() == 6) {
            chain.add(regionCode.substring(0, 4) + "00");
            chain.add(regionCode.substring(0, 2) + "0000");
        }
        chain.add("000000");
        return List.copyOf(chain);
    }


    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    /** What an ADMIN enters for a new rule set. */
    public record NewRuleSet(String regionCode, String regionName, LocalDate validFrom, BigDecimal minLivingStandard,
                             BigDecimal deepMultiplier, BigDecimal relativeMultiplier, BigDecimal accidentCostShare,
                             int noticeDays, int monitoringMonths, List<RuleSetView.Exclusion> exclusions) {
    }
}
