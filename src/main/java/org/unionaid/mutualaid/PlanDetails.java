package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What an ADMIN enters about a plan (its rules are versioned separately). */
public record PlanDetails(String code, String name, PlanType type, LocalDate termStart, LocalDate termEnd,
                          BigDecimal contribution, int waitingPeriodDays, boolean active) {
}
