package org.unionaid.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.jspecify.annotations.Nullable;

/** Checks {@link ValidNationalId}: reports the specific defect's message key. */
public class NationalIdValidator implements ConstraintValidator<ValidNationalId, String> {

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        NationalId.Defect defect = NationalId.defectOf(value, NationalId.latestToday());
        if (defect == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{" + defect.messageKey() + "}").addConstraintViolation();
        return false;
    }
}
