package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A worker's enrolment in a plan: covered from {@code coverageStart} to {@code coverageEnd}, benefits for events
 * from {@code waitingEndsOn} on.
 */
public record EnrolmentView(long id, long planId, String planCode, String planName, PlanType planType,
                            long workerId, String workerName, String nationalIdMasked, long employerBranchId,
                            LocalDate enrolledOn, LocalDate coverageStart, LocalDate coverageEnd,
                            LocalDate waitingEndsOn, BigDecimal contribution) {
}
