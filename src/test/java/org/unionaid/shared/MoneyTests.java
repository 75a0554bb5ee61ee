package org.unionaid.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void aComputedAmountIsRoundedHalfUpToTheFen() {
        assertThat(Money.round(new BigDecimal("666.665"))).isEqualTo(new BigDecimal("666.67"));
        assertThat(Money.round(new BigDecimal("666.664"))).isEqualTo(new BigDecimal("666.66"));
        assertThat(Money.round(new BigDecimal("5"))).isEqualTo(new BigDecimal("5.00"));
        assertThat(Money.ZERO).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void anAmountThatMustBeExactIsNeverRoundedAway() {
        assertThat(Money.exact(new BigDecimal("12"))).isEqualTo(new BigDecimal("12.00"));
        assertThatThrownBy(() -> Money.exact(new BigDecimal("12.345"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void listsShowThousandsSeparatorsAndTwoDecimals() {
        assertThat(Money.format(new BigDecimal("8400"))).isEqualTo("8,400.00");
        assertThat(Money.format(new BigDecimal("1234567.885"))).isEqualTo("1,234,567.89");
    }
}
