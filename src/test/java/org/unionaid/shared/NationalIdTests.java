package org.unionaid.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionaid.shared.NationalId.Defect;
import org.unionaid.shared.NationalId.Sex;

class NationalIdTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "610113199003071237", "110101200001010010", "440304198510100010"})
    void acceptsValidIds(String id) {
        assertThat(NationalId.defectOf(id, TODAY)).isNull();
        assertThat(NationalId.of(id).value()).isEqualTo(id);
    }

    @Test
    void derivesBirthDateSexRegionAndMask() {
        NationalId id = NationalId.of("610113199003071237");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
        assertThat(id.sex()).isEqualTo(Sex.MALE);
        assertThat(id.regionCode()).isEqualTo("610113");
        assertThat(id.masked()).isEqualTo("6101**********1237");
        assertThat(NationalId.of("11010519491231002X").sex()).isEqualTo(Sex.FEMALE);
        assertThat(id.toString()).doesNotContain("19900307");
    }

    @Test
    void lowerCaseXIsNormalisedToUpperCase() {
        NationalId id = NationalId.of(" 11010519491231002x ");
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.masked()).isEqualTo("1101**********002X");
    }

    @Test
    void rejectsAWrongCheckCharacter() {
        assertThat(NationalId.defectOf("610113199003071238", TODAY)).isEqualTo(Defect.CHECKSUM);
        assertThat(NationalId.defectOf("110105194912310021", TODAY)).isEqualTo(Defect.CHECKSUM);
        assertThatThrownBy(() -> NationalId.of("610113199003071238"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("nationalId.invalid.checksum");
    }

    @Test
    void rejectsAnImpossibleBirthDateSuchAsThirtiethOfFebruary() {
        String feb30 = "11010119900230" + "002";
        assertThat(NationalId.defectOf(feb30 + NationalId.checkCharacter(feb30), TODAY)).isEqualTo(Defect.DATE);
        String month13 = "11010119901301" + "002";
        assertThat(NationalId.defectOf(month13 + NationalId.checkCharacter(month13), TODAY)).isEqualTo(Defect.DATE);
    }

    @Test
    void rejectsABirthDateInTheFutureOrBefore1900() {
        String future = "11010120261124" + "002";
        assertThat(NationalId.defectOf(future + NationalId.checkCharacter(future), TODAY)).isEqualTo(Defect.DATE);
        String today = "11010120261123" + "002";
        assertThat(NationalId.defectOf(today + NationalId.checkCharacter(today), TODAY)).isNull();
        String old = "11010118991231" + "002";
        assertThat(NationalId.defectOf(old + NationalId.checkCharacter(old), TODAY)).isEqualTo(Defect.DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "61011319900307123", "6101131990030712377", "61011319900307123A", "X10113199003071237",
            "6101131990-3071237"})
    void rejectsWrongLengthOrCharacters(String text) {
        assertThat(NationalId.defectOf(text, TODAY)).isEqualTo(Defect.FORMAT);
    }

    @Test
    void eachDefectHasItsOwnMessageKey() {
        assertThat(Defect.FORMAT.messageKey()).isEqualTo("nationalId.invalid.format");
        assertThat(Defect.DATE.messageKey()).isEqualTo("nationalId.invalid.date");
        assertThat(Defect.CHECKSUM.messageKey()).isEqualTo("nationalId.invalid.checksum");
    }
}
