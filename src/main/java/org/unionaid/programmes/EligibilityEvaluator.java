package org.unionaid.programmes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.unionaid.hardship.HardshipCategory;
import org.unionaid.people.EmploymentType;
import org.unionaid.people.HouseholdMemberView;
import org.unionaid.people.SchoolStage;
import org.unionaid.people.WorkerView;
import org.unionaid.shared.Money;

/**
 * The automatic eligibility check: every rule, question and the tier gives one {@link RuleResult} with a
 * reason message key and its arguments (arguments starting with {@code @} are message keys themselves, and
 * {@code |} separates list items), so the stored result can be shown in either language later. Pure: the
 * caller gathers the facts.
 */
final class EligibilityEvaluator {

    private EligibilityEvaluator() {
    }

    /** The facts about the applicant that the rules look at. */
    record Facts(WorkerView worker, @Nullable HouseholdMemberView member, @Nullable HardshipCategory category,
                 boolean workerInProgrammeArea, List<@Nullable Boolean> answers, LocalDate today,
                 LedgerFacts ledger) {

        Facts(WorkerView worker, @Nullable HouseholdMemberView member, @Nullable HardshipCategory category,
              boolean workerInProgrammeArea, List<@Nullable Boolean> answers, LocalDate today) {
            this(worker, member, category, workerInProgrammeArea, answers, today, LedgerFacts.NONE);
        }
    }

    /** What the household's benefit ledger says, asked for the months a rule looks back. */
    interface LedgerFacts {

        LedgerFacts NONE = new LedgerFacts() {
            @Override
            public int awardsWithin(int months) {
                return 0;
            }

            @Override
            public List<String> fundedElsewhereWithin(int months) {
                return List.of();
            }
        };

        /** Awards of programmes of this kind to the household in the last months (this programme included). */
        int awardsWithin(int months);

        /** What funded the same need in the last months (outside aid of the purpose, other programmes' awards). */
        List<String> fundedElsewhereWithin(int months);
    }

    static EligibilityOutcome evaluate(ProgrammeView programme, Facts facts) {
        List<RuleResult> results = new ArrayList<>();
        for (EligibilityRule rule : programme.rules()) {
            results.add(check(rule, facts));
        }
        List<ProgrammeQuestion> questions = programme.questions();
        for (int i = 0; i < questions.size(); i++) {
            ProgrammeQuestion q = questions.get(i);
            Boolean answer = i < facts.answers().size() ? facts.answers().get(i) : null;
            if (answer == null) {
                results.add(new RuleResult("QUESTION", false, "programme.rule.question.unanswered", List.of(q.text())));
            } else {
                results.add(new RuleResult("QUESTION", answer == q.requiredAnswer(),
                        answer == q.requiredAnswer() ? "programme.rule.question.pass" : "programme.rule.question.fail",
                        List.of(q.text(), yesNo(answer), yesNo(q.requiredAnswer()))));
            }
        }
        String tierLabel = null;
        BigDecimal amount = null;
        if (programme.form() == BenefitKind.IN_KIND) {
            amount = programme.unitValue();
            results.add(new RuleResult("BENEFIT", true, "programme.rule.benefit.inKind",
                    List.of(String.valueOf(programme.item()), plain(programme.unitValue()))));
        } else if (programme.tiers().isEmpty()) {
            amount = programme.baseAmount();
            boolean ok = amount != null;
            results.add(new RuleResult("BENEFIT", ok, ok ? "programme.rule.benefit.base" : "programme.rule.benefit.none",
                    ok ? List.of(plain(amount)) : List.of()));
        } else {
            SchoolStage stage = facts.member() == null ? null : facts.member().schoolStage();
            BenefitTier tier = programme.tiers().stream()
                    .filter(t -> t.household().matches(facts.category()))
                    .filter(t -> t.schoolStage() == null || t.schoolStage() == stage)
                    .findFirst().orElse(null);
            if (tier == null) {
                results.add(new RuleResult("TIER", false, "programme.rule.tier.none",
                        List.of(facts.category() == null ? "@TierHousehold.NOT_FILED" : "@HardshipCategory." + facts.category(),
                                stage == null ? "@programme.rule.none" : "@SchoolStage." + stage)));
            } else {
                tierLabel = tierLabel(tier);
                amount = tier.amount();
                results.add(new RuleResult("TIER", true, "programme.rule.tier.pass", List.of(tierLabel, plain(amount))));
            }
        }
        boolean eligible = results.stream().allMatch(RuleResult::passed);
        return new EligibilityOutcome(eligible, programme.ruleVersion(), results, tierLabel, amount);
    }

    static String tierLabel(BenefitTier tier) {
        return "@TierHousehold." + tier.household()
                + (tier.schoolStage() == null ? "" : "|@SchoolStage." + tier.schoolStage());
    }

    private static RuleResult check(EligibilityRule rule, Facts f) {
        String type = rule.type().name();
        WorkerView w = f.worker();
        return switch (rule.type()) {
            case HARDSHIP_CATEGORY -> {
                String required = keys("HardshipCategory", rule.values());
                if (f.category() == null) {
                    yield new RuleResult(type, false, "programme.rule.category.noFile", List.of(required));
                }
                boolean ok = rule.values().contains(f.category().name());
                yield new RuleResult(type, ok, ok ? "programme.rule.category.pass" : "programme.rule.category.fail",
                        List.of("@HardshipCategory." + f.category(), required));
            }
            case AGE_RANGE -> {
                int age = Period.between(w.birthDate(), f.today()).getYears();
                boolean ok = (rule.min() == null || age >= rule.min()) && (rule.max() == null || age <= rule.max());
                String bound = rule.min() != null && rule.max() != null ? "between" : rule.min() != null ? "min" : "max";
                List<String> args = new ArrayList<>(List.of(String.valueOf(age)));
                if (rule.min() != null) {
                    args.add(String.valueOf(rule.min()));
                }
                if (rule.max() != null) {
                    args.add(String.valueOf(rule.max()));
                }
                yield new RuleResult(type, ok, "programme.rule.age." + (ok ? "pass" : "fail") + "." + bound, args);
            }
            case UNION_MEMBER -> {
                LocalDate since = w.unionMemberSince();
                boolean ok = since != null && !since.isAfter(f.today());
                yield new RuleResult(type, ok, ok ? "programme.rule.member.pass" : "programme.rule.member.fail",
                        ok ? List.of(since.toString()) : List.of());
            }
            case SOCIAL_INSURANCE_MONTHS -> {
                int min = rule.min() == null ? 0 : rule.min();
                boolean ok = w.socialInsuranceMonths() >= min;
                yield new RuleResult(type, ok, ok ? "programme.rule.insurance.pass" : "programme.rule.insurance.fail",
                        List.of(String.valueOf(w.socialInsuranceMonths()), String.valueOf(min)));
            }
            case LOCAL_LABOUR_CONTRACT -> {
                if (w.employmentForm() != EmploymentType.CONTRACT || w.employerName() == null
                        || w.employerName().isBlank()) {
                    yield new RuleResult(type, false, "programme.rule.contract.none",
                            List.of("@EmploymentType." + w.employmentForm()));
                }
                if (!f.workerInProgrammeArea()) {
                    yield new RuleResult(type, false, "programme.rule.contract.notLocal",
                            List.of(w.employerName(), w.branch().name()));
                }
                yield new RuleResult(type, true, "programme.rule.contract.pass",
                        List.of(w.employerName(), w.branch().name()));
            }
            case SCHOOL_STAGE -> {
                String required = keys("SchoolStage", rule.values());
                HouseholdMemberView m = f.member();
                if (m == null) {
                    yield new RuleResult(type, false, "programme.rule.stage.noMember", List.of(required));
                }
                if (m.schoolStage() == null) {
                    yield new RuleResult(type, false, "programme.rule.stage.none", List.of(m.name(), required));
                }
                boolean ok = rule.values().contains(m.schoolStage().name());
                yield new RuleResult(type, ok, ok ? "programme.rule.stage.pass" : "programme.rule.stage.fail",
                        List.of(m.name(), "@SchoolStage." + m.schoolStage(), required));
            }
            case EMPLOYMENT_FORM -> {
                boolean ok = rule.values().contains(w.employmentForm().name());
                yield new RuleResult(type, ok, ok ? "programme.rule.employment.pass" : "programme.rule.employment.fail",
                        List.of("@EmploymentType." + w.employmentForm(), keys("EmploymentType", rule.values())));
            }
            case MAX_AWARDS_PER_PERIOD -> {
                int max = rule.min() == null ? 1 : rule.min();
                int months = rule.max() == null ? 12 : rule.max();
                int awards = f.ledger().awardsWithin(months);
                boolean ok = awards < max;
                yield new RuleResult(type, ok, ok ? "programme.rule.awards.pass" : "programme.rule.awards.fail",
                        List.of(String.valueOf(awards), String.valueOf(months), String.valueOf(max)));
            }
            case NOT_FUNDED_ELSEWHERE -> {
                int months = rule.max() == null ? 12 : rule.max();
                List<String> elsewhere = f.ledger().fundedElsewhereWithin(months);
                boolean ok = elsewhere.isEmpty();
                yield new RuleResult(type, ok, ok ? "programme.rule.elsewhere.pass" : "programme.rule.elsewhere.fail",
                        ok ? List.of(String.valueOf(months)) : List.of(String.valueOf(months), String.join("|", elsewhere)));
            }
        };
    }

    private static String keys(String enumName, List<String> values) {
        return String.join("|", values.stream().map(v -> "@" + enumName + "." + v).toList());
    }

    private static String yesNo(boolean value) {
        return value ? "@programme.answer.yes" : "@programme.answer.no";
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : Money.round(value).toPlainString();
    }
}
