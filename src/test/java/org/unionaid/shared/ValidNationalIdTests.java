package org.unionaid.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

class ValidNationalIdTests {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    record Form(@ValidNationalId String id) {
    }

    private Set<String> templates(String id) {
        return validator.validate(new Form(id)).stream().map(ConstraintViolation::getMessageTemplate)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void validAndEmptyValuesPass() {
        assertThat(templates("610113199003071237")).isEmpty();
        assertThat(templates("11010519491231002x")).isEmpty();
        assertThat(templates("")).isEmpty();
        assertThat(templates(null)).isEmpty();
    }

    @Test
    void reportsFormatDateAndChecksumWithDistinctMessages() {
        assertThat(templates("12345")).containsExactly("{nationalId.invalid.format}");
        String feb30 = "11010119900230002";
        assertThat(templates(feb30 + NationalId.checkCharacter(feb30))).containsExactly("{nationalId.invalid.date}");
        assertThat(templates("610113199003071238")).containsExactly("{nationalId.invalid.checksum}");
    }
}
