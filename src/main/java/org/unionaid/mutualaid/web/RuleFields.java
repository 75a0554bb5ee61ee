package org.unionaid.mutualaid.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.unionaid.mutualaid.BenefitBasis;
import org.unionaid.mutualaid.BenefitRule;
import org.unionaid.mutualaid.CountedAmounts;
import org.unionaid.mutualaid.EnrolmentTerms;
import org.unionaid.mutualaid.LateJoinerRule;
import org.unionaid.mutualaid.TermKind;

/** The benefit rule and enrolment term fields shared by the plan form (first version) and the new-version form. */
public class RuleFields {

    @NotNull(message = "{mutualaid.required}")
    private @Nullable BenefitBasis basis = BenefitBasis.RATE;

    @NotNull(message = "{mutualaid.required}")
    private @Nullable CountedAmounts counted = CountedAmounts.MINUS_BASIC_INSURANCE;

    @NotNull(message = "{mutualaid.required}")
    @DecimalMin(value = "0", message = "{mutualaid.amount.invalid}")
    private @Nullable BigDecimal deductible = BigDecimal.ZERO;

    @DecimalMin(value = "0", message = "{mutualaid.rate.invalid}")
    @DecimalMax(value = "100", message = "{mutualaid.rate.invalid}")
    private @Nullable BigDecimal ratePercent;

    @DecimalMin(value = "0", message = "{mutualaid.amount.invalid}")
    private @Nullable BigDecimal amount;

    @DecimalMin(value = "0", message = "{mutualaid.amount.invalid}")
    private @Nullable BigDecimal perEventCap;

    @DecimalMin(value = "0", message = "{mutualaid.amount.invalid}")
    private @Nullable BigDecimal annualCap;

    @Min(value = 1, message = "{mutualaid.number.invalid}")
    private @Nullable Integer maxClaimsPerYear;

    @NotNull(message = "{mutualaid.required}")
    @Min(value = 0, message = "{mutualaid.number.invalid}")
    private @Nullable Integer claimDeadlineDays = 180;

    @NotNull(message = "{mutualaid.required}")
    @Min(value = 1, message = "{mutualaid.number.invalid}")
    @Max(value = 100, message = "{mutualaid.number.invalid}")
    private @Nullable Integer maxShares = 1;

    @Min(value = 0, message = "{mutualaid.number.invalid}")
    @Max(value = 120, message = "{mutualaid.number.invalid}")
    private @Nullable Integer minAge;

    @Min(value = 0, message = "{mutualaid.number.invalid}")
    @Max(value = 120, message = "{mutualaid.number.invalid}")
    private @Nullable Integer maxAge;

    @NotNull(message = "{mutualaid.required}")
    private @Nullable TermKind termKind = TermKind.CALENDAR_YEAR;

    @NotNull(message = "{mutualaid.required}")
    @Min(value = 1, message = "{mutualaid.number.invalid}")
    @Max(value = 3, message = "{mutualaid.number.invalid}")
    private @Nullable Integer termYears = 1;

    @NotNull(message = "{mutualaid.required}")
    private @Nullable LateJoinerRule lateJoiner = LateJoinerRule.FULL_TERM;

    @DecimalMin(value = "0.01", message = "{mutualaid.rate.invalid}")
    @DecimalMax(value = "100", message = "{mutualaid.rate.invalid}")
    private @Nullable BigDecimal minParticipationPercent;

    @Min(value = 1, message = "{mutualaid.number.invalid}")
    private @Nullable Integer minParticipants;

    EnrolmentTerms toTerms() {
        return new EnrolmentTerms(maxShares == null ? 1 : maxShares, minAge, maxAge,
                termKind == null ? TermKind.CALENDAR_YEAR : termKind, termYears == null ? 1 : termYears,
                lateJoiner == null ? LateJoinerRule.FULL_TERM : lateJoiner, minParticipationPercent, minParticipants);
    }

    void setTerms(EnrolmentTerms terms) {
        maxShares = terms.maxShares();
        minAge = terms.minAge();
        maxAge = terms.maxAge();
        termKind = terms.termKind();
        termYears = terms.termYears();
        lateJoiner = terms.lateJoiner();
        minParticipationPercent = terms.minParticipationPercent();
        minParticipants = terms.minParticipants();
    }

    public @Nullable Integer getMaxShares() { return maxShares; }
    public void setMaxShares(@Nullable Integer maxShares) { this.maxShares = maxShares; }
    public @Nullable Integer getMinAge() { return minAge; }
    public void setMinAge(@Nullable Integer minAge) { this.minAge = minAge; }
    public @Nullable Integer getMaxAge() { return maxAge; }
    public void setMaxAge(@Nullable Integer maxAge) { this.maxAge = maxAge; }
    public @Nullable TermKind getTermKind() { return termKind; }
    public void setTermKind(@Nullable TermKind termKind) { this.termKind = termKind; }
    public @Nullable Integer getTermYears() { return termYears; }
    public void setTermYears(@Nullable Integer termYears) { this.termYears = termYears; }
    public @Nullable LateJoinerRule getLateJoiner() { return lateJoiner; }
    public void setLateJoiner(@Nullable LateJoinerRule lateJoiner) { this.lateJoiner = lateJoiner; }
    public @Nullable BigDecimal getMinParticipationPercent() { return minParticipationPercent; }
    public void setMinParticipationPercent(@Nullable BigDecimal v) { this.minParticipationPercent = v; }
    public @Nullable Integer getMinParticipants() { return minParticipants; }
    public void setMinParticipants(@Nullable Integer minParticipants) { this.minParticipants = minParticipants; }

    BenefitRule toRule() {
        return new BenefitRule(basis == null ? BenefitBasis.RATE : basis,
                counted == null ? CountedAmounts.INVOICE_TOTAL : counted,
                deductible == null ? BigDecimal.ZERO : deductible, ratePercent, amount, perEventCap, annualCap,
                maxClaimsPerYear, claimDeadlineDays == null ? 0 : claimDeadlineDays);
    }

    public @Nullable BenefitBasis getBasis() { return basis; }
    public void setBasis(@Nullable BenefitBasis basis) { this.basis = basis; }
    public @Nullable CountedAmounts getCounted() { return counted; }
    public void setCounted(@Nullable CountedAmounts counted) { this.counted = counted; }
    public @Nullable BigDecimal getDeductible() { return deductible; }
    public void setDeductible(@Nullable BigDecimal deductible) { this.deductible = deductible; }
    public @Nullable BigDecimal getRatePercent() { return ratePercent; }
    public void setRatePercent(@Nullable BigDecimal ratePercent) { this.ratePercent = ratePercent; }
    public @Nullable BigDecimal getAmount() { return amount; }
    public void setAmount(@Nullable BigDecimal amount) { this.amount = amount; }
    public @Nullable BigDecimal getPerEventCap() { return perEventCap; }
    public void setPerEventCap(@Nullable BigDecimal perEventCap) { this.perEventCap = perEventCap; }
    public @Nullable BigDecimal getAnnualCap() { return annualCap; }
    public void setAnnualCap(@Nullable BigDecimal annualCap) { this.annualCap = annualCap; }
    public @Nullable Integer getMaxClaimsPerYear() { return maxClaimsPerYear; }
    public void setMaxClaimsPerYear(@Nullable Integer maxClaimsPerYear) { this.maxClaimsPerYear = maxClaimsPerYear; }
    public @Nullable Integer getClaimDeadlineDays() { return claimDeadlineDays; }
    public void setClaimDeadlineDays(@Nullable Integer claimDeadlineDays) { this.claimDeadlineDays = claimDeadlineDays; }
}
