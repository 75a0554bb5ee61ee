package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Contributions an employer owes for one plan's term: members enrolled × contribution per member. */
public record ContributionLine(long planId, String planCode, String planName, LocalDate termStart,
                               LocalDate termEnd, long members, BigDecimal contributionPerMember, BigDecimal total) {
}
