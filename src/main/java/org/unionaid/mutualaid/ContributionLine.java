package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Contributions an employer owes for one plan term: members × the contribution of each, with its explanation
 * (full term or pro rata, per share × shares). The term runs from the earliest cover start of the line's members.
 */
public record ContributionLine(long planId, String planCode, String planName, LocalDate termStart,
                               LocalDate termEnd, long members, BigDecimal contributionPerMember, BigDecimal total,
                               ExplanationLine explanation) {
}
