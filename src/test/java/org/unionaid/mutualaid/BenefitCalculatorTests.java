package org.unionaid.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The benefit calculator on its own: properties over generated claims and rules, and one table per basis. */
class BenefitCalculatorTests {

    private static final LocalDate ADMISSION = LocalDate.of(2026, 3, 1);
    private final BenefitCalculator calculator = new BenefitCalculator();

    // ---- generators ------------------------------------------------------------------------------

    /** Cents from 0 to 500,000.00 as an amount of scale 2. */
    private static Gen<BigDecimal> money(int maxYuan) {
        return integers().between(0, maxYuan * 100).map(c -> BigDecimal.valueOf(c, 2));
    }

    private static Gen<BigDecimal> optionalCap(int maxYuan) {
        return money(maxYuan).mix(Generate.constant((BigDecimal) null), 20);
    }

    private static Gen<BenefitRule> rules(Gen<BenefitBasis> bases) {
        Gen<CountedAmounts> counted = Generate.enumValues(CountedAmounts.class);
        Gen<BigDecimal> rate = integers().between(0, 10000).map(r -> BigDecimal.valueOf(r, 2));
        return bases.zip(counted, money(5_000), rate, money(2_000),
                (basis, c, deductible, r, amount) -> new Object[] {basis, c, deductible, r, amount})
                .zip(optionalCap(300_000), optionalCap(500_000), (a, perEvent, annual) -> new BenefitRule(
                        (BenefitBasis) a[0], (CountedAmounts) a[1], (BigDecimal) a[2], (BigDecimal) a[3],
                        ((BenefitBasis) a[0]) == BenefitBasis.LUMP_SUM ? ((BigDecimal) a[4]).multiply(BigDecimal.valueOf(100))
                                : (BigDecimal) a[4], perEvent, annual, null, 365));
    }

    private static Gen<BenefitInput> inputs() {
        return money(400_000).zip(money(400_000), money(400_000), money(600_000), integers().between(0, 120),
                (invoice, basic, self, granted, days) -> new BenefitInput(ADMISSION, ADMISSION.plusDays(days),
                        ADMISSION.plusDays(days + 10), invoice, basic, self, granted, 0));
    }

    private static BigDecimal eligible(BenefitRule rule, BenefitInput input) {
        BigDecimal value = switch (rule.counted()) {
            case INVOICE_TOTAL -> input.invoiceTotal();
            case MINUS_BASIC_INSURANCE -> input.invoiceTotal().subtract(input.basicInsurancePaid());
            case SELF_PAID_ONLY -> input.selfPaid();
        };
        return value.max(BigDecimal.ZERO);
    }

    // ---- properties ------------------------------------------------------------------------------

    @Test
    void benefitIsNeverNegative() {
        qt().withExamples(3000).forAll(rules(Generate.enumValues(BenefitBasis.class)), inputs())
                .check((rule, input) -> calculator.calculate(rule, input).amount().signum() >= 0);
    }

    @Test
    void benefitNeverExceedsTheEligibleAmountForRateAndPerDayRules() {
        qt().withExamples(3000).forAll(rules(Generate.pick(List.of(BenefitBasis.RATE, BenefitBasis.PER_DAY))), inputs())
                .check((rule, input) -> calculator.calculate(rule, input).amount()
                        .compareTo(eligible(rule, input)) <= 0);
    }

    @Test
    void benefitNeverExceedsThePerEventCap() {
        qt().withExamples(3000).forAll(rules(Generate.enumValues(BenefitBasis.class)), inputs())
                .check((rule, input) -> rule.perEventCap() == null
                        || calculator.calculate(rule, input).amount().compareTo(rule.perEventCap()) <= 0);
    }

    @Test
    void benefitNeverExceedsWhatRemainsOfTheAnnualCap() {
        qt().withExamples(3000).forAll(rules(Generate.enumValues(BenefitBasis.class)), inputs())
                .check((rule, input) -> rule.annualCap() == null
                        || calculator.calculate(rule, input).amount().compareTo(
                        rule.annualCap().subtract(input.grantedThisYear()).max(BigDecimal.ZERO)) <= 0);
    }

    @Test
    void benefitHasTwoDecimalsAndEndsWithItsOwnExplanationLine() {
        qt().withExamples(1000).forAll(rules(Generate.enumValues(BenefitBasis.class)), inputs())
                .check((rule, input) -> {
                    BenefitCalculation result = calculator.calculate(rule, input);
                    ExplanationLine last = result.lines().get(result.lines().size() - 1);
                    return result.amount().scale() == 2 && last.key().equals("mutualaid.explain.benefit")
                            && last.args().equals(List.of(BenefitCalculator.money(result.amount())));
                });
    }

    // ---- tables ----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} of invoice {1}, basic {2}, self-paid {3}: deductible {4}, rate {5}% -> {6}")
    @CsvSource({
            "INVOICE_TOTAL,         20000.00, 8000.00, 12000.00, 1000.00, 60,  11400.00",
            "MINUS_BASIC_INSURANCE, 20000.00, 8000.00, 12000.00, 1000.00, 60,   6600.00",
            "SELF_PAID_ONLY,        20000.00, 8000.00,  5000.00, 1000.00, 50,   2000.00",
            "INVOICE_TOTAL,           800.00,    0.00,   800.00, 1000.00, 60,      0.00",
            "MINUS_BASIC_INSURANCE,  5000.00, 6000.00,     0.00,    0.00, 90,      0.00",
            "INVOICE_TOTAL,          1000.01,    0.00,     0.00, 1000.00, 50,      0.01"})
    void rateRulesPayTheRateOfTheCountedAmountAboveTheDeductible(CountedAmounts counted, BigDecimal invoice,
                                                               BigDecimal basic, BigDecimal self, BigDecimal deductible,
                                                               BigDecimal rate, BigDecimal expected) {
        BenefitRule rule = new BenefitRule(BenefitBasis.RATE, counted, deductible, rate, null, null, null, null, 180);
        BenefitCalculation result = calculator.calculate(rule, input(invoice, basic, self, BigDecimal.ZERO, 5));
        assertThat(result.amount()).isEqualByComparingTo(expected);
        assertThat(result.lines()).extracting(ExplanationLine::key).containsExactly(
                "mutualaid.explain.deadline.met", "mutualaid.explain.eligible." + counted,
                "mutualaid.explain.deductible", "mutualaid.explain.rate", "mutualaid.explain.benefit");
    }

    @ParameterizedTest(name = "{0} per day for {1} days, eligible {2} -> {3}")
    @CsvSource({
            "100.00, 10, 5000.00, 1000.00",
            "100.00, 10,  600.00,  600.00",
            " 50.00,  0, 5000.00,   50.00"})
    void perDayRulesPayTheDailyAmountForEachHospitalDayUpToTheEligibleAmount(BigDecimal perDay, int days,
                                                                              BigDecimal invoice, BigDecimal expected) {
        BenefitRule rule = new BenefitRule(BenefitBasis.PER_DAY, CountedAmounts.INVOICE_TOTAL, BigDecimal.ZERO, null,
                perDay, null, null, null, 180);
        BenefitCalculation result = calculator.calculate(rule, input(invoice, BigDecimal.ZERO, invoice, BigDecimal.ZERO,
                days));
        assertThat(result.amount()).isEqualByComparingTo(expected);
        assertThat(result.lines()).extracting(ExplanationLine::key).contains("mutualaid.explain.perDay");
    }

    @ParameterizedTest(name = "lump sum {0}, per-event cap {1}, annual cap {2}, granted {3} -> {4}")
    @CsvSource({
            "50000.00,         ,          ,         0.00, 50000.00",
            "50000.00, 30000.00,          ,         0.00, 30000.00",
            "50000.00,         , 150000.00, 120000.00, 30000.00",
            "50000.00,         , 150000.00, 150000.00,     0.00"})
    void lumpSumsArePaidOnTheEventWithinTheCaps(BigDecimal lumpSum, BigDecimal perEventCap, BigDecimal annualCap,
                                               BigDecimal granted, BigDecimal expected) {
        BenefitRule rule = new BenefitRule(BenefitBasis.LUMP_SUM, CountedAmounts.INVOICE_TOTAL, BigDecimal.ZERO, null,
                lumpSum, perEventCap, annualCap, null, 730);
        BenefitCalculation result = calculator.calculate(rule, input(new BigDecimal("100.00"), BigDecimal.ZERO,
                BigDecimal.ZERO, granted, 3));
        assertThat(result.amount()).isEqualByComparingTo(expected);
    }

    @Test
    void explainsEachRuleWithItsFigures() {
        BenefitRule rule = new BenefitRule(BenefitBasis.RATE, CountedAmounts.MINUS_BASIC_INSURANCE,
                new BigDecimal("1000.00"), new BigDecimal("60"), null, new BigDecimal("5000.00"),
                new BigDecimal("10000.00"), 3, 180);
        BenefitCalculation result = calculator.calculate(rule, input(new BigDecimal("30000.00"),
                new BigDecimal("12000.00"), new BigDecimal("18000.00"), new BigDecimal("8400.00"), 7));
        assertThat(result.amount()).isEqualByComparingTo("1600.00");
        assertThat(result.lines()).containsExactly(
                ExplanationLine.of("mutualaid.explain.deadline.met", 180, 10),
                ExplanationLine.of("mutualaid.explain.maxClaims.ok", 1, 3),
                ExplanationLine.of("mutualaid.explain.eligible.MINUS_BASIC_INSURANCE", "18,000.00"),
                ExplanationLine.of("mutualaid.explain.deductible", "1,000.00", "17,000.00"),
                ExplanationLine.of("mutualaid.explain.rate", "60", "10,200.00"),
                ExplanationLine.of("mutualaid.explain.perEventCap.applied", "5,000.00"),
                ExplanationLine.of("mutualaid.explain.annualCap", "8,400.00", "10,000.00", "1,600.00"),
                ExplanationLine.of("mutualaid.explain.annualCap.applied", "1,600.00"),
                ExplanationLine.of("mutualaid.explain.benefit", "1,600.00"));
    }

    @Test
    void refusesAClaimFiledAfterTheDeadline() {
        BenefitRule rule = new BenefitRule(BenefitBasis.RATE, CountedAmounts.INVOICE_TOTAL, BigDecimal.ZERO,
                new BigDecimal("50"), null, null, null, null, 30);
        BenefitInput late = new BenefitInput(ADMISSION, ADMISSION.plusDays(2), ADMISSION.plusDays(33),
                new BigDecimal("1000.00"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0);
        BenefitCalculation result = calculator.calculate(rule, late);
        assertThat(result.refused()).isTrue();
        assertThat(result.refusal()).isEqualTo(ExplanationLine.of("mutualaid.explain.deadline.missed", 30, 31));
        assertThat(result.amount()).isEqualByComparingTo("0");
    }

    @Test
    void refusesAClaimOverTheYearlyNumberOfClaims() {
        BenefitRule rule = new BenefitRule(BenefitBasis.RATE, CountedAmounts.INVOICE_TOTAL, BigDecimal.ZERO,
                new BigDecimal("50"), null, null, null, 2, 180);
        BenefitInput third = new BenefitInput(ADMISSION, ADMISSION.plusDays(2), ADMISSION.plusDays(5),
                new BigDecimal("1000.00"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 2);
        BenefitCalculation result = calculator.calculate(rule, third);
        assertThat(result.refusal()).isEqualTo(ExplanationLine.of("mutualaid.explain.maxClaims.reached", 2, 2));
    }

    private static BenefitInput input(BigDecimal invoice, BigDecimal basic, BigDecimal self, BigDecimal granted,
                                      int days) {
        return new BenefitInput(ADMISSION, ADMISSION.plusDays(days), ADMISSION.plusDays(days + 10), invoice, basic,
                self, granted, 0);
    }
}
