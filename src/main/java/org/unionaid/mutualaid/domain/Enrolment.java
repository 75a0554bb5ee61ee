package org.unionaid.mutualaid.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.unionaid.mutualaid.Cover;
import org.unionaid.mutualaid.EnrolmentStatus;
import org.unionaid.mutualaid.LateJoinerRule;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.Money;

/**
 * A worker's membership of a plan for one term, made by an employer with a number of shares: SUBMITTED, then
 * CONFIRMED by the district union (the {@link Cover} fixes coverage, waiting period and contribution) or REJECTED
 * with a reason. Benefits cover events from {@code waitingEndsOn} on.
 */
@Entity
@Table(name = "mutualaid_enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "plan_id")
    private long planId;

    @Column(name = "worker_id")
    private long workerId;

    @Column(name = "employer_branch_id")
    private long employerBranchId;

    @Column(name = "enrolled_by")
    private long enrolledBy;

    @Column(name = "enrolled_on")
    private LocalDate enrolledOn;

    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status = EnrolmentStatus.SUBMITTED;

    private int shares = 1;

    @Column(name = "coverage_start")
    private @Nullable LocalDate coverageStart;

    @Column(name = "coverage_end")
    private @Nullable LocalDate coverageEnd;

    @Column(name = "waiting_ends_on")
    private @Nullable LocalDate waitingEndsOn;

    private boolean renewal;

    private BigDecimal contribution;

    @Column(name = "contribution_per_share")
    private @Nullable BigDecimal contributionPerShare;

    @Enumerated(EnumType.STRING)
    @Column(name = "late_joiner")
    private LateJoinerRule lateJoiner = LateJoinerRule.FULL_TERM;

    @Column(name = "contribution_months")
    private @Nullable Integer contributionMonths;

    @Column(name = "term_months")
    private @Nullable Integer termMonths;

    @Column(name = "decided_by")
    private @Nullable Long decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "reject_reason")
    private @Nullable String rejectReason;

    protected Enrolment() {
        this.enrolledOn = LocalDate.MIN;
        this.contribution = BigDecimal.ZERO;
    }

    /** Submitted by the employer; the contribution shown until confirmation is the full term's. */
    public Enrolment(Plan plan, long workerId, long employerBranchId, long enrolledBy, LocalDate enrolledOn,
                     int shares) {
        this.planId = plan.id();
        this.workerId = workerId;
        this.employerBranchId = employerBranchId;
        this.enrolledBy = enrolledBy;
        this.enrolledOn = enrolledOn;
        this.shares = shares;
        this.contributionPerShare = plan.contribution();
        this.contribution = Money.round(plan.contribution().multiply(BigDecimal.valueOf(shares)));
    }

    /** The district union confirms: coverage, waiting period and contribution as the {@link Cover} says. */
    public void confirm(Cover cover, long by, Instant at) {
        requireSubmitted();
        this.status = EnrolmentStatus.CONFIRMED;
        this.coverageStart = cover.start();
        this.coverageEnd = cover.end();
        this.waitingEndsOn = cover.waitingEndsOn();
        this.renewal = cover.renewal();
        this.contribution = cover.contribution();
        this.lateJoiner = cover.lateJoiner();
        this.contributionMonths = cover.months();
        this.termMonths = cover.termMonths();
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void reject(String reason, long by, Instant at) {
        requireSubmitted();
        this.status = EnrolmentStatus.REJECTED;
        this.rejectReason = reason;
        this.contribution = Money.ZERO;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    private void requireSubmitted() {
        if (status != EnrolmentStatus.SUBMITTED) {
            throw new BusinessRuleException("enrolment.notSubmitted");
        }
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public long planId() {
        return planId;
    }

    public long workerId() {
        return workerId;
    }

    public long employerBranchId() {
        return employerBranchId;
    }

    public long enrolledBy() {
        return enrolledBy;
    }

    public LocalDate enrolledOn() {
        return enrolledOn;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public int shares() {
        return shares;
    }

    /** Null until confirmed. */
    public @Nullable LocalDate coverageStart() {
        return coverageStart;
    }

    public @Nullable LocalDate coverageEnd() {
        return coverageEnd;
    }

    public @Nullable LocalDate waitingEndsOn() {
        return waitingEndsOn;
    }

    public boolean renewal() {
        return renewal;
    }

    public BigDecimal contribution() {
        return contribution;
    }

    public @Nullable BigDecimal contributionPerShare() {
        return contributionPerShare;
    }

    public @Nullable String rejectReason() {
        return rejectReason;
    }
}
