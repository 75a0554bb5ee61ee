package org.unionaid.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayoutAccountRulesTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "null", value = {
            "6222 0000 1111 2222 337, null",          // UnionPay card, Luhn ok, spaces allowed
            "６２２２０００011112222337, null",        // full-width digits as typed on a phone
            "6222000011112222336, payoutAccount.number.checksum",
            "622200001111222, null",                  // 15 digits starting 62: not a card number, no Luhn
            "1234567890123456, null",                 // 16 digits, not UnionPay: no Luhn
            "12345678901, payoutAccount.number.length",
            "1234567890123456789012345678901, payoutAccount.number.length",
            "6222-0000-1111-2222-337, null",          // dashes are dropped like spaces
            "6222O00011112222337, payoutAccount.number.digits",
            "'', payoutAccount.number.required",
            "null, payoutAccount.number.required"})
    void accountNumbers(String number, String expected) {
        assertThat(PayoutAccountRules.numberProblem(PayoutAccountRules.normalise(number))).isEqualTo(expected);
    }

    @Test
    void eachMissingPartIsNamedAtItsField() {
        assertThat(PayoutAccountRules.problems(" ", null, "12"))
                .containsEntry("bankName", "payoutAccount.bankName.required")
                .containsEntry("holder", "payoutAccount.holder.required")
                .containsEntry("number", "payoutAccount.number.length");
        assertThat(PayoutAccountRules.problems("中国工商银行", "王秀兰", "6222000011112222337")).isEmpty();
    }

    @Test
    void statusTellsWhyAnAccountCannotBePaid() {
        assertThat(PayoutAccountRules.status("银行", "王秀兰", "6222000011112222337")).isEqualTo(PayoutAccountStatus.OK);
        assertThat(PayoutAccountRules.status(null, null, null)).isEqualTo(PayoutAccountStatus.MISSING);
        assertThat(PayoutAccountRules.status(null, "王秀兰", "6222000011112222337"))
                .isEqualTo(PayoutAccountStatus.INCOMPLETE);
        assertThat(PayoutAccountRules.status("银行", "王秀兰", "6222000011112222336"))
                .isEqualTo(PayoutAccountStatus.INVALID);
    }

    @Test
    void luhnOfKnownNumbers() {
        assertThat(PayoutAccountRules.luhn("79927398713")).isTrue();
        assertThat(PayoutAccountRules.luhn("79927398710")).isFalse();
    }
}
