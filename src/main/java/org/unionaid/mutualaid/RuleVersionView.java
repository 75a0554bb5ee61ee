package org.unionaid.mutualaid;

import java.time.LocalDate;

/** One version of a plan's rules and enrolment terms, in force from {@code validFrom} until the next version. */
public record RuleVersionView(long id, long planId, LocalDate validFrom, BenefitRule rule, EnrolmentTerms terms) {
}
