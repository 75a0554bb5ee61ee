package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.unionaid.shared.Money;

/**
 * A worker's enrolment in a plan for one term: covered from 0:00 on {@code coverageStart} to {@code coverageEnd},
 * benefits for events from {@code waitingEndsOn} on (the three null until the district union confirms). The
 * contribution is {@code contributionPerShare} × {@code shares}, for {@code contributionMonths} of
 * {@code termMonths} months when paid pro rata.
 */
public record EnrolmentView(long id, long planId, String planCode, String planName, PlanType planType,
                            long workerId, String workerName, String nationalIdMasked, long employerBranchId,
                            LocalDate enrolledOn, @Nullable LocalDate coverageStart, @Nullable LocalDate coverageEnd,
                            @Nullable LocalDate waitingEndsOn, BigDecimal contribution, EnrolmentStatus status,
                            int shares, boolean renewal, @Nullable BigDecimal contributionPerShare,
                            LateJoinerRule lateJoiner, @Nullable Integer contributionMonths,
                            @Nullable Integer termMonths, @Nullable String rejectReason) {

    public boolean confirmed() {
        return status == EnrolmentStatus.CONFIRMED;
    }

    /** The contribution's explanation: a message key of the {@code mutualaid} bundle and its arguments. */
    public ExplanationLine contributionExplanation() {
        String perShare = Money.format(contributionPerShare == null ? contribution : contributionPerShare);
        if (lateJoiner == LateJoinerRule.PRO_RATA && contributionMonths != null && termMonths != null) {
            return ExplanationLine.of("enrolment.contribution.proRata", contributionMonths, termMonths, perShare,
                    shares, Money.format(contribution));
        }
        return ExplanationLine.of(status == EnrolmentStatus.SUBMITTED ? "enrolment.contribution.estimate"
                : "enrolment.contribution.full", perShare, shares, Money.format(contribution));
    }
}
