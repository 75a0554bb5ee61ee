package org.unionaid.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class HouseholdIncomeTests {

    @Test
    void perCapitaMonthlyIncomeIsNetAnnualIncomeOverTwelveOverHouseholdSize() {
        // (38,400 - 12,000) / 12 / 3 = 733.333… → 733.33
        assertThat(HouseholdIncome.perCapitaMonthly(new BigDecimal("38400.00"), new BigDecimal("12000.00"), 3))
                .isEqualTo(new BigDecimal("733.33"));
    }

    @Test
    void roundsHalfUpToTheFen() {
        // 100 / 12 / 8 = 1.041666… → 1.04 ; 1 / 12 / 1 = 0.08333… → 0.08 ; 30 / 12 / 1 = 2.5 ; 0.3/12/2=0.0125 → 0.01
        assertThat(HouseholdIncome.perCapitaMonthly(new BigDecimal("100"), BigDecimal.ZERO, 8)).isEqualByComparingTo("1.04");
        assertThat(HouseholdIncome.perCapitaMonthly(new BigDecimal("0.30"), null, 2)).isEqualByComparingTo("0.01");
        assertThat(HouseholdIncome.perCapitaMonthly(new BigDecimal("0.36"), null, 2)).isEqualByComparingTo("0.02");
    }

    @Test
    void aWorkerAloneIsAHouseholdOfOne() {
        assertThat(HouseholdIncome.perCapitaMonthly(new BigDecimal("24000"), new BigDecimal("0"), 1))
                .isEqualByComparingTo("2000.00");
    }

    @Test
    void expenditureAboveIncomeGivesANegativeFigure() {
        assertThat(HouseholdIncome.perCapitaMonthly(new BigDecimal("12000"), new BigDecimal("36000"), 2))
                .isEqualByComparingTo("-1000.00");
    }

    @Test
    void unknownIncomeGivesNoFigure() {
        assertThat(HouseholdIncome.perCapitaMonthly(null, new BigDecimal("100"), 2)).isNull();
    }

    @Test
    void refusesAnEmptyHousehold() {
        assertThatThrownBy(() -> HouseholdIncome.perCapitaMonthly(BigDecimal.TEN, BigDecimal.ZERO, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
