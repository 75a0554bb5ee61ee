package org.unionaid.people;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A household member; {@code age} is derived from the birth date when it is known. */
public record HouseholdMemberView(long id, String name, Relation relation, @Nullable LocalDate birthDate,
                                  @Nullable Integer age, HealthStatus health, @Nullable Integer disabilityGrade,
                                  @Nullable SchoolStage schoolStage, @Nullable EmploymentStatus employment,
                                  BigDecimal monthlyIncome, @Nullable String nationalIdMasked, long version) {
}
