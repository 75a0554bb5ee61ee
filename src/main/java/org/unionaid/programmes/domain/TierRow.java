package org.unionaid.programmes.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;
import org.unionaid.people.SchoolStage;
import org.unionaid.programmes.BenefitTier;
import org.unionaid.programmes.TierHousehold;
import org.unionaid.shared.Money;

@Embeddable
class TierRow {

    @Enumerated(EnumType.STRING)
    private TierHousehold household;

    @Enumerated(EnumType.STRING)
    @Column(name = "school_stage")
    private @Nullable SchoolStage schoolStage;

    private BigDecimal amount;

    protected TierRow() {
        this.household = TierHousehold.ANY;
        this.amount = BigDecimal.ZERO;
    }

    TierRow(BenefitTier tier) {
        this.household = tier.household();
        this.schoolStage = tier.schoolStage();
        this.amount = Money.round(tier.amount());
    }

    BenefitTier toTier() {
        return new BenefitTier(household, schoolStage, amount);
    }
}
