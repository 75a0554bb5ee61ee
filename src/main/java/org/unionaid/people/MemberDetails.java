package org.unionaid.people;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A household member as entered; the birth date (from the ID when one is given) or the age is required. */
public record MemberDetails(
        String name,
        Relation relation,
        @Nullable String nationalId,
        @Nullable LocalDate birthDate,
        @Nullable Integer age,
        HealthStatus health,
        @Nullable Integer disabilityGrade,
        @Nullable SchoolStage schoolStage,
        @Nullable EmploymentStatus employment,
        BigDecimal monthlyIncome) {
}
