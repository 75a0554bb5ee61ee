package org.unionaid.mutualaid;

import java.time.LocalDate;

/** One version of a plan's rules, in force from {@code validFrom} until the next version. */
public record RuleVersionView(long id, long planId, LocalDate validFrom, BenefitRule rule) {
}
