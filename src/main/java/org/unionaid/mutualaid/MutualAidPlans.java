package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.mutualaid.domain.Plan;
import org.unionaid.mutualaid.domain.PlanRepository;
import org.unionaid.mutualaid.domain.RuleVersion;
import org.unionaid.mutualaid.domain.RuleVersionRepository;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.Money;

/**
 * Mutual-aid plans and their benefit rules. ADMINs create and change plans; a change of the rules is a new
 * version valid from a date, so a claim is always explained by the version in force on its admission date.
 * Every signed-in user may read plans (employers choose them, workers see their coverage).
 */
@Service
@Transactional
public class MutualAidPlans {

    static final String ENTITY = "MutualAidPlan";

    private final PlanRepository plans;
    private final RuleVersionRepository ruleVersions;
    private final AuditTrail audit;
    private final Clock clock;

    MutualAidPlans(PlanRepository plans, RuleVersionRepository ruleVersions, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.ruleVersions = ruleVersions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PlanView> all() {
        return plans.findAllByOrderByCodeAsc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public PlanView get(long id) {
        return view(load(id));
    }

    @Transactional(readOnly = true)
    public Optional<PlanView> findByCode(String code) {
        return plans.findByCode(code.strip()).map(this::view);
    }

    /** The rule version in force on a date, if the plan had rules then. */
    @Transactional(readOnly = true)
    public Optional<RuleVersionView> rulesOn(long planId, LocalDate date) {
        return ruleVersions.inForce(planId, date).map(MutualAidPlans::view);
    }

    /** Creates a plan with its first rule version (the default enrolment terms), valid from its term's start. */
    @PreAuthorize("hasRole('ADMIN')")
    public PlanView create(PlanDetails details, BenefitRule firstRules) {
        return create(details, firstRules, EnrolmentTerms.DEFAULT);
    }

    /** Creates a plan with its first rule version and enrolment terms, valid from the start of its term. */
    @PreAuthorize("hasRole('ADMIN')")
    public PlanView create(PlanDetails details, BenefitRule firstRules, EnrolmentTerms terms) {
        check(details);
        if (plans.findByCode(details.code().strip()).isPresent()) {
            throw new BusinessRuleException("plan.code.taken", details.code());
        }
        Plan plan = plans.saveAndFlush(new Plan(details.code().strip(), details.name(), details.type(),
                details.termStart(), details.termEnd(), Money.round(details.contribution()), details.waitingPeriodDays()));
        audit.record(AuditEntry.of(ENTITY, plan.id(), "CREATE", null).withAfter(fields(plan)));
        addRules(plan.id(), details.termStart(), firstRules, terms);
        return view(plan);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public PlanView update(long id, long expectedVersion, PlanDetails details) {
        check(details);
        Plan plan = load(id);
        if (plan.version() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Plan.class, id);
        }
        Map<String, Object> before = fields(plan);
        plan.change(details.name(), details.type(), details.termStart(), details.termEnd(),
                Money.round(details.contribution()), details.waitingPeriodDays(), details.active());
        plans.flush();
        audit.record(AuditEntry.of(ENTITY, id, "UPDATE", null).withBefore(before).withAfter(fields(plan)));
        return view(plan);
    }

    /** A new version of the plan's rules (the default enrolment terms) from {@code validFrom} on. */
    @PreAuthorize("hasRole('ADMIN')")
    public RuleVersionView addRules(long planId, LocalDate validFrom, BenefitRule rule) {
        return addRules(planId, validFrom, rule, EnrolmentTerms.DEFAULT);
    }

    /** A new version of the plan's rules and terms from {@code validFrom} on; earlier claims keep their version. */
    @PreAuthorize("hasRole('ADMIN')")
    public RuleVersionView addRules(long planId, LocalDate validFrom, BenefitRule rule, EnrolmentTerms terms) {
        load(planId);
        checkRule(rule);
        checkTerms(terms);
        if (ruleVersions.existsByPlanIdAndValidFrom(planId, validFrom)) {
            throw new BusinessRuleException("plan.rules.dateTaken", validFrom.toString());
        }
        RuleVersion version = ruleVersions.saveAndFlush(new RuleVersion(planId, validFrom, rule, terms,
                Actors.currentName(), clock.instant()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("validFrom", validFrom.toString());
        after.put("rule", rule.toString());
        after.put("terms", terms.toString());
        audit.record(AuditEntry.of(ENTITY, planId, "ADD_RULES", null).withAfter(after));
        return view(version);
    }

    Plan load(long id) {
        return plans.findById(id).orElseThrow(() -> new PlanNotFoundException(id));
    }

    PlanView view(Plan p) {
        return new PlanView(p.id(), p.code(), p.name(), p.type(), p.termStart(), p.termEnd(), p.contribution(),
                p.waitingPeriodDays(), p.active(), p.version(),
                ruleVersions.findByPlanIdOrderByValidFromAsc(p.id()).stream().map(MutualAidPlans::view).toList());
    }

    private static RuleVersionView view(RuleVersion r) {
        return new RuleVersionView(r.id(), r.planId(), r.validFrom(), r.rule(), r.terms());
    }

    private static void check(PlanDetails details) {
        if (details.termEnd().isBefore(details.termStart())) {
            throw new BusinessRuleException("plan.term.invalid");
        }
        if (details.contribution().signum() < 0 || details.waitingPeriodDays() < 0) {
            throw new BusinessRuleException("plan.amount.negative");
        }
    }

    private static void checkRule(BenefitRule rule) {
        if (rule.basis() == BenefitBasis.RATE && rule.ratePercent() == null) {
            throw new BusinessRuleException("plan.rules.rateRequired");
        }
        if (rule.basis() != BenefitBasis.RATE && rule.amount() == null) {
            throw new BusinessRuleException("plan.rules.amountRequired");
        }
        if (rule.ratePercent() != null && (rule.ratePercent().signum() < 0
                || rule.ratePercent().compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new BusinessRuleException("plan.rules.rateRange");
        }
    }


    private static void checkTerms(EnrolmentTerms terms) {
        if (terms.maxShares() < 1 || terms.maxShares() > 100) {
            throw new BusinessRuleException("plan.terms.sharesRange");
        }
        if (terms.termYears() < 1 || terms.termYears() > 3) {
            throw new BusinessRuleException("plan.terms.yearsRange");
        }
        if ((terms.minAge() != null && (terms.minAge() < 0 || terms.minAge() > 120))
                || (terms.maxAge() != null && (terms.maxAge() < 0 || terms.maxAge() > 120))
                || (terms.minAge() != null && terms.maxAge() != null && terms.minAge() > terms.maxAge())) {
            throw new BusinessRuleException("plan.terms.agesInvalid");
        }
        BigDecimal percent = terms.minParticipationPercent();
        if ((percent != null && (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0))
                || (terms.minParticipants() != null && terms.minParticipants() < 1)) {
            throw new BusinessRuleException("plan.terms.floorInvalid");
        }
    }

    /**
     * The version whose enrolment terms apply to an enrolment made on a day: the one in force then, or (enrolled
     * before the plan's term) the first one.
     */
    @Transactional(readOnly = true)
    public Optional<RuleVersionView> termsOn(long planId, LocalDate date) {
        return rulesOn(planId, date).or(() -> ruleVersions.findByPlanIdOrderByValidFromAsc(planId).stream()
                .findFirst().map(MutualAidPlans::view));
    }

    private static Map<String, Object> fields(Plan p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", p.code());
        map.put("name", p.name());
        map.put("type", p.type());
        map.put("term", p.termStart() + ".." + p.termEnd());
        map.put("contribution", p.contribution());
        map.put("waitingPeriodDays", p.waitingPeriodDays());
        map.put("active", p.active());
        return map;
    }
}
