package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.unionaid.shared.Money;

/**
 * The cover an enrolment gets when it is confirmed, and what it costs: a pure calculation (tested on its own).
 *
 * <p>Cover starts at 0:00 (the application's zone) the day after confirmation, never before the plan's term
 * starts, and for a renewal not before the previous term of the plan ended. It ends on 31 December after the
 * term's years ({@link TermKind#CALENDAR_YEAR}) or after the term's years from its own start ({@link
 * TermKind#ROLLING}). A term starting the day after the previous one ended is an uninterrupted renewal: benefits
 * from the first day, no waiting period. The contribution is per share × shares for the full term, or
 * ({@link LateJoinerRule#PRO_RATA}) for the months that remain of a calendar-year term, counting the month cover
 * starts in.
 */
public record Cover(LocalDate start, LocalDate end, LocalDate waitingEndsOn, boolean renewal,
                    BigDecimal contribution, int months, int termMonths, LateJoinerRule lateJoiner) {

    public static Cover of(LocalDate confirmedOn, LocalDate planTermStart, int waitingPeriodDays,
                           BigDecimal contributionPerShare, int shares, EnrolmentTerms terms,
                           @Nullable LocalDate previousEnd) {
        LocalDate start = confirmedOn.plusDays(1);
        if (start.isBefore(planTermStart)) {
            start = planTermStart;
        }
        if (previousEnd != null && !start.isAfter(previousEnd)) {
            start = previousEnd.plusDays(1);
        }
        boolean renewal = previousEnd != null && start.equals(previousEnd.plusDays(1));
        int years = Math.max(1, terms.termYears());
        LocalDate end = terms.termKind() == TermKind.ROLLING
                ? start.plusYears(years).minusDays(1)
                : LocalDate.of(start.getYear() + years - 1, 12, 31);
        LocalDate waitingEnds = renewal ? start : start.plusDays(waitingPeriodDays);
        int termMonths = 12 * years;
        int months = terms.termKind() == TermKind.CALENDAR_YEAR && terms.lateJoiner() == LateJoinerRule.PRO_RATA
                ? (int) ChronoUnit.MONTHS.between(start.withDayOfMonth(1), end.withDayOfMonth(1)) + 1
                : termMonths;
        BigDecimal full = contributionPerShare.multiply(BigDecimal.valueOf(shares));
        BigDecimal contribution = months == termMonths ? Money.round(full)
                : Money.round(full.multiply(BigDecimal.valueOf(months))
                        .divide(BigDecimal.valueOf(termMonths), MathContext.DECIMAL64));
        return new Cover(start, end, waitingEnds, renewal, contribution, months, termMonths,
                months == termMonths ? LateJoinerRule.FULL_TERM : LateJoinerRule.PRO_RATA);
    }
}
