package org.unionaid.mutualaid.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A worker's membership of a plan, made by an employer: covered from 0:00 the day after enrolment to the end of
 * the plan's term, with benefits for events from {@code waitingEndsOn} on.
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

    @Column(name = "coverage_start")
    private LocalDate coverageStart;

    @Column(name = "coverage_end")
    private LocalDate coverageEnd;

    @Column(name = "waiting_ends_on")
    private LocalDate waitingEndsOn;

    private BigDecimal contribution;

    protected Enrolment() {
        this.enrolledOn = LocalDate.MIN;
        this.coverageStart = LocalDate.MIN;
        this.coverageEnd = LocalDate.MIN;
        this.waitingEndsOn = LocalDate.MIN;
        this.contribution = BigDecimal.ZERO;
    }

    public Enrolment(Plan plan, long workerId, long employerBranchId, long enrolledBy, LocalDate enrolledOn) {
        this.planId = plan.id();
        this.workerId = workerId;
        this.employerBranchId = employerBranchId;
        this.enrolledBy = enrolledBy;
        this.enrolledOn = enrolledOn;
        LocalDate start = enrolledOn.plusDays(1);
        // enrolled before the term: coverage starts with the term
        this.coverageStart = start.isBefore(plan.termStart()) ? plan.termStart() : start;
        this.coverageEnd = plan.termEnd();
        this.waitingEndsOn = coverageStart.plusDays(plan.waitingPeriodDays());
        this.contribution = plan.contribution();
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

    public LocalDate enrolledOn() {
        return enrolledOn;
    }

    public LocalDate coverageStart() {
        return coverageStart;
    }

    public LocalDate coverageEnd() {
        return coverageEnd;
    }

    public LocalDate waitingEndsOn() {
        return waitingEndsOn;
    }

    public BigDecimal contribution() {
        return contribution;
    }
}
