package org.unionaid.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A form field holding a {@link NationalId}. Empty is valid (combine with {@code @NotBlank} when
 * required); a wrong format, an impossible birth date and a wrong check character each report their own
 * message.
 */
@Documented
@Constraint(validatedBy = NationalIdValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidNationalId {

    String message() default "{nationalId.invalid.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
