package org.unionaid.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The enrolment terms on their own: the {@link Cover} an enrolment gets at confirmation (term kinds and lengths,
 * the cover start, the renewal waiver, full or pro rata contributions) and shares in the {@link BenefitCalculator}.
 */
class PlanTermsTests {

    private static final LocalDate PLAN_START = LocalDate.of(2026, 1, 1);
    private static final BigDecimal PER_SHARE = new BigDecimal("120.00");

    private static EnrolmentTerms terms(TermKind kind, int years, LateJoinerRule late) {
        return new EnrolmentTerms(3, null, null, kind, years, late, null, null);
    }

    @ParameterizedTest(name = "{0} {1}y confirmed {2}: {3} – {4}")
    @CsvSource({
            "CALENDAR_YEAR, 1, 2026-03-14, 2026-03-15, 2026-12-31",
            "CALENDAR_YEAR, 3, 2026-03-14, 2026-03-15, 2028-12-31",
            "CALENDAR_YEAR, 1, 2026-12-31, 2027-01-01, 2027-12-31",
            "ROLLING,       1, 2026-03-14, 2026-03-15, 2027-03-14",
            "ROLLING,       2, 2026-03-14, 2026-03-15, 2028-03-14",
            "ROLLING,       1, 2025-11-20, 2026-01-01, 2026-12-31"})
    void coverStartsTheDayAfterConfirmationAndRunsForTheTerm(TermKind kind, int years, LocalDate confirmed,
                                                             LocalDate start, LocalDate end) {
        Cover cover = Cover.of(confirmed, PLAN_START, 30, PER_SHARE, 1, terms(kind, years, LateJoinerRule.FULL_TERM),
                null);
        assertThat(cover.start()).isEqualTo(start);
        assertThat(cover.end()).isEqualTo(end);
        assertThat(cover.waitingEndsOn()).isEqualTo(start.plusDays(30));
        assertThat(cover.renewal()).isFalse();
    }

    @Test
    void anUninterruptedRenewalStartsTheDayAfterThePreviousTermWithoutAWaitingPeriod() {
        // confirmed in December while the 2026 term still runs: the new term starts on 1 January
        Cover renewal = Cover.of(LocalDate.of(2026, 12, 10), PLAN_START, 90, PER_SHARE, 1,
                terms(TermKind.CALENDAR_YEAR, 1, LateJoinerRule.PRO_RATA), LocalDate.of(2026, 12, 31));
        assertThat(renewal.start()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(renewal.end()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(renewal.renewal()).isTrue();
        assertThat(renewal.waitingEndsOn()).isEqualTo(renewal.start());
        assertThat(renewal.contribution()).isEqualByComparingTo("120.00");

        // confirmed on the last day of the previous term: still uninterrupted
        Cover lastDay = Cover.of(LocalDate.of(2026, 6, 30), PLAN_START, 90, PER_SHARE, 1,
                terms(TermKind.ROLLING, 1, LateJoinerRule.FULL_TERM), LocalDate.of(2026, 6, 30));
        assertThat(lastDay.start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(lastDay.renewal()).isTrue();
        assertThat(lastDay.waitingEndsOn()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void aGapAfterThePreviousTermIsNoRenewalAndTheWaitingPeriodRunsAgain() {
        Cover cover = Cover.of(LocalDate.of(2026, 7, 1), PLAN_START, 90, PER_SHARE, 1,
                terms(TermKind.ROLLING, 1, LateJoinerRule.FULL_TERM), LocalDate.of(2026, 6, 30));
        // the previous term ended on 30 June; cover starts on 2 July, one day uncovered
        assertThat(cover.start()).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(cover.renewal()).isFalse();
        assertThat(cover.waitingEndsOn()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @ParameterizedTest(name = "cover from {0}, {1} share(s): {2} of 12 months = {3}")
    @CsvSource({
            "2026-01-01, 1, 12, 120.00",
            "2026-12-01, 1, 1,  10.00",
            "2026-12-20, 2, 1,  20.00",
            "2026-07-15, 1, 6,  60.00",
            "2026-10-02, 3, 3,  90.00"})
    void aLateJoinerPaysProRataForTheRemainingMonths(LocalDate start, int shares, int months, String contribution) {
        Cover cover = Cover.of(start.minusDays(1), PLAN_START, 0, PER_SHARE, shares,
                terms(TermKind.CALENDAR_YEAR, 1, LateJoinerRule.PRO_RATA), null);
        assertThat(cover.months()).isEqualTo(months);
        assertThat(cover.termMonths()).isEqualTo(12);
        assertThat(cover.contribution()).isEqualByComparingTo(contribution);
        assertThat(cover.lateJoiner()).isEqualTo(months == 12 ? LateJoinerRule.FULL_TERM : LateJoinerRule.PRO_RATA);
    }

    @Test
    void aDecemberJoinerUnderTheFullTermRuleOrARollingTermPaysTheWholeTermTimesShares() {
        Cover full = Cover.of(LocalDate.of(2026, 11, 30), PLAN_START, 0, PER_SHARE, 2,
                terms(TermKind.CALENDAR_YEAR, 1, LateJoinerRule.FULL_TERM), null);
        assertThat(full.contribution()).isEqualByComparingTo("240.00");
        assertThat(full.lateJoiner()).isEqualTo(LateJoinerRule.FULL_TERM);
        // a rolling term is always whole: pro rata changes nothing
        Cover rolling = Cover.of(LocalDate.of(2026, 11, 30), PLAN_START, 0, PER_SHARE, 1,
                terms(TermKind.ROLLING, 2, LateJoinerRule.PRO_RATA), null);
        assertThat(rolling.months()).isEqualTo(24);
        assertThat(rolling.contribution()).isEqualByComparingTo("120.00");
    }

    @Test
    void sharesMultiplyTheAmountsAndCapsAndTheExplanationSaysSo() {
        BenefitCalculator calculator = new BenefitCalculator();
        BenefitRule perDay = new BenefitRule(BenefitBasis.PER_DAY, CountedAmounts.INVOICE_TOTAL, BigDecimal.ZERO,
                null, new BigDecimal("100.00"), new BigDecimal("1500.00"), new BigDecimal("2000.00"), null, 180);
        LocalDate admission = LocalDate.of(2026, 3, 1);
        BenefitInput tenDays = new BenefitInput(admission, admission.plusDays(10), admission.plusDays(12),
                new BigDecimal("9000.00"), BigDecimal.ZERO, new BigDecimal("9000.00"), BigDecimal.ZERO, 0);

        BenefitCalculation one = calculator.calculate(perDay, tenDays, 1);
        assertThat(one.amount()).isEqualByComparingTo("1000.00");
        assertThat(one.lines()).extracting(ExplanationLine::key).doesNotContain("mutualaid.explain.shares");
        assertThat(calculator.calculate(perDay, tenDays).lines()).isEqualTo(one.lines());

        BenefitCalculation two = calculator.calculate(perDay, tenDays, 2);
        assertThat(two.amount()).isEqualByComparingTo("2000.00");
        assertThat(two.lines().get(0)).isEqualTo(ExplanationLine.of("mutualaid.explain.shares", 2));
        assertThat(two.lines()).contains(ExplanationLine.of("mutualaid.explain.perDay", "200.00", 10, "2,000.00"));

        // three shares: 300 a day for ten days, but the per-event cap of 3 × 1,500.00
        BenefitCalculation three = calculator.calculate(perDay, tenDays, 3);
        assertThat(three.amount()).isEqualByComparingTo("3000.00");
        assertThat(three.lines()).contains(ExplanationLine.of("mutualaid.explain.perEventCap.notReached",
                "4,500.00"));
        // the annual cap scales too: 3 × 2,000.00 with 5,500.00 already granted leaves 500.00
        BenefitInput used = new BenefitInput(admission, admission.plusDays(10), admission.plusDays(12),
                new BigDecimal("9000.00"), BigDecimal.ZERO, new BigDecimal("9000.00"), new BigDecimal("5500.00"), 0);
        BenefitCalculation capped = calculator.calculate(perDay, used, 3);
        assertThat(capped.amount()).isEqualByComparingTo("500.00");
        assertThat(capped.lines()).contains(ExplanationLine.of("mutualaid.explain.annualCap", "5,500.00",
                "6,000.00", "500.00"));

        // a rate is not scaled: 60 % of what is above the deductible, never above the eligible amount
        BenefitRule rate = new BenefitRule(BenefitBasis.RATE, CountedAmounts.INVOICE_TOTAL, new BigDecimal("1000.00"),
                new BigDecimal("60"), null, new BigDecimal("2000.00"), null, null, 180);
        assertThat(calculator.calculate(rate, tenDays, 1).amount()).isEqualByComparingTo("2000.00");
        assertThat(calculator.calculate(rate, tenDays, 2).amount()).isEqualByComparingTo("4000.00");
        assertThat(calculator.calculate(rate, tenDays, 3).amount()).isEqualByComparingTo("4800.00");
    }
}
