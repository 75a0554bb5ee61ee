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
import org.unionaid.mutualaid.BenefitBasis;
import org.unionaid.mutualaid.BenefitRule;
import org.unionaid.mutualaid.CountedAmounts;
import org.unionaid.mutualaid.EnrolmentTerms;
import org.unionaid.mutualaid.LateJoinerRule;
import org.unionaid.mutualaid.TermKind;

/** A plan's benefit rules and enrolment terms from {@code validFrom} on; never changed once stored (a change is a new version). */
@Entity
@Table(name = "mutualaid_rule_version")
public class RuleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "plan_id")
    private long planId;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Enumerated(EnumType.STRING)
    private BenefitBasis basis;

    @Enumerated(EnumType.STRING)
    private CountedAmounts counted;

    private BigDecimal deductible;

    @Column(name = "rate_percent")
    private @Nullable BigDecimal ratePercent;

    private @Nullable BigDecimal amount;

    @Column(name = "per_event_cap")
    private @Nullable BigDecimal perEventCap;

    @Column(name = "annual_cap")
    private @Nullable BigDecimal annualCap;

    @Column(name = "max_claims_per_year")
    private @Nullable Integer maxClaimsPerYear;

    @Column(name = "claim_deadline_days")
    private int claimDeadlineDays;

    @Column(name = "max_shares")
    private int maxShares = 1;

    @Column(name = "min_age")
    private @Nullable Integer minAge;

    @Column(name = "max_age")
    private @Nullable Integer maxAge;

    @Enumerated(EnumType.STRING)
    @Column(name = "term_kind")
    private TermKind termKind = TermKind.CALENDAR_YEAR;

    @Column(name = "term_years")
    private int termYears = 1;

    @Enumerated(EnumType.STRING)
    @Column(name = "late_joiner")
    private LateJoinerRule lateJoiner = LateJoinerRule.FULL_TERM;

    @Column(name = "min_participation_percent")
    private @Nullable BigDecimal minParticipationPercent;

    @Column(name = "min_participants")
    private @Nullable Integer minParticipants;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected RuleVersion() {
        this.validFrom = LocalDate.MIN;
        this.basis = BenefitBasis.RATE;
        this.counted = CountedAmounts.INVOICE_TOTAL;
        this.deductible = BigDecimal.ZERO;
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    public RuleVersion(long planId, LocalDate validFrom, BenefitRule rule, EnrolmentTerms terms, String createdBy,
                       Instant createdAt) {
        this.planId = planId;
        this.validFrom = validFrom;
        this.basis = rule.basis();
        this.counted = rule.counted();
        this.deductible = rule.deductible();
        this.ratePercent = rule.ratePercent();
        this.amount = rule.amount();
        this.perEventCap = rule.perEventCap();
        this.annualCap = rule.annualCap();
        this.maxClaimsPerYear = rule.maxClaimsPerYear();
        this.claimDeadlineDays = rule.claimDeadlineDays();
        this.maxShares = terms.maxShares();
        this.minAge = terms.minAge();
        this.maxAge = terms.maxAge();
        this.termKind = terms.termKind();
        this.termYears = terms.termYears();
        this.lateJoiner = terms.lateJoiner();
        this.minParticipationPercent = terms.minParticipationPercent();
        this.minParticipants = terms.minParticipants();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public long planId() {
        return planId;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public BenefitRule rule() {
        return new BenefitRule(basis, counted, deductible, ratePercent, amount, perEventCap, annualCap,
                maxClaimsPerYear, claimDeadlineDays);
    }

    public EnrolmentTerms terms() {
        return new EnrolmentTerms(maxShares, minAge, maxAge, termKind, termYears, lateJoiner,
                minParticipationPercent, minParticipants);
    }
}
