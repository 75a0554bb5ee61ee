package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A plan with its rule versions, oldest first. */
public record PlanView(long id, String code, String name, PlanType type, LocalDate termStart, LocalDate termEnd,
                       BigDecimal contribution, int waitingPeriodDays, boolean active, long version,
                       List<RuleVersionView> rules) {
}
