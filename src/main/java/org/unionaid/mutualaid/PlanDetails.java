package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** What an ADMIN enters about a plan (its rules are versioned separately). */
public record PlanDetails(@NotBlank String code, @NotBlank String name, @NotNull PlanType type,
                          @NotNull LocalDate termStart, @NotNull LocalDate termEnd, @NotNull BigDecimal contribution,
                          int waitingPeriodDays, boolean active) {
}
