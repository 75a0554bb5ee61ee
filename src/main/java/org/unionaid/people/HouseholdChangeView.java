package org.unionaid.people;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A worker's change to their filed household as the worker and the caseworker see it: the values asked for
 * (national ID masked), and {@code currentName} the member's name now (UPDATE only).
 */
public record HouseholdChangeView(long id, long workerId, String workerName, long branchId,
                                  HouseholdChangeKind kind, @Nullable Long memberId, @Nullable String currentName,
                                  String name, Relation relation, @Nullable LocalDate birthDate,
                                  @Nullable Integer age, HealthStatus health, @Nullable SchoolStage schoolStage,
                                  @Nullable EmploymentStatus employment, BigDecimal monthlyIncome,
                                  @Nullable String nationalIdMasked, HouseholdChangeState state, String requestedBy,
                                  Instant requestedAt, @Nullable String decidedBy, @Nullable Instant decidedAt,
                                  @Nullable String decisionReason) {
}
