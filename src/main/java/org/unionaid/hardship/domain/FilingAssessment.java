package org.unionaid.hardship.domain;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;
import org.unionaid.hardship.HardshipCategory;

/**
 * What a hardship file records of its filing date: the household figures, the eligibility rule set used and its
 * suggestion with the reason, and the caseworker's written reason when another category was chosen. Set when the
 * file is opened and never changed afterwards (a review changes the file's category, not this). Columns of
 * {@code hardship_file}.
 */
@Embeddable
class FilingAssessment {

    @Column(name = "household_size")
    private int householdSize;

    @Column(name = "annual_income")
    private BigDecimal annualIncome;

    @Column(name = "rigid_expenditure")
    private BigDecimal rigidExpenditure;

    @Column(name = "per_capita_income")
    private BigDecimal perCapitaIncome;

    @Column(name = "rule_set_id")
    private long ruleSetId;

    @Column(name = "min_living_standard")
    private BigDecimal minLivingStandard;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_category")
    private @Nullable HardshipCategory suggestedCategory;

    @Column(name = "reason_key")
    private String reasonKey;

    @Column(name = "reason_args")
    private String reasonArgs;

    @Column(name = "override_reason")
    private @Nullable String overrideReason;

    protected FilingAssessment() {
        this.annualIncome = BigDecimal.ZERO;
        this.rigidExpenditure = BigDecimal.ZERO;
        this.perCapitaIncome = BigDecimal.ZERO;
        this.minLivingStandard = BigDecimal.ONE;
        this.reasonKey = "";
        this.reasonArgs = "";
    }

    FilingAssessment(HardshipFile.Snapshot s) {
        this.householdSize = s.householdSize();
        this.annualIncome = s.annualIncome();
        this.rigidExpenditure = s.rigidExpenditure();
        this.perCapitaIncome = s.perCapitaIncome();
        this.ruleSetId = s.ruleSetId();
        this.minLivingStandard = s.minLivingStandard();
        this.suggestedCategory = s.suggestedCategory();
        this.reasonKey = s.reasonKey();
        this.reasonArgs = String.join("|", s.reasonArgs());
        this.overrideReason = s.overrideReason();
    }

    int householdSize() { return householdSize; }
    BigDecimal annualIncome() { return annualIncome; }
    BigDecimal rigidExpenditure() { return rigidExpenditure; }
    BigDecimal perCapitaIncome() { return perCapitaIncome; }
    long ruleSetId() { return ruleSetId; }
    BigDecimal minLivingStandard() { return minLivingStandard; }
    @Nullable HardshipCategory suggestedCategory() { return suggestedCategory; }
    String reasonKey() { return reasonKey; }
    @Nullable String overrideReason() { return overrideReason; }

    List<String> reasonArgs() {
        return reasonArgs.isEmpty() ? List.of() : List.of(reasonArgs.split("\\|"));
    }
}
