package org.unionaid.mutualaid;

/** An enrolment's state: submitted by the employer, confirmed or rejected by the district union. */
public enum EnrolmentStatus {
    SUBMITTED, CONFIRMED, REJECTED
}
