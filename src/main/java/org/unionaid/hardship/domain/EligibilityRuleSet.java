package org.unionaid.hardship.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.unionaid.hardship.RuleSetView;

@Entity
@Table(name = "eligibility_rule_set")
public class EligibilityRuleSet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "region_name")
    private String regionName;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private @Nullable LocalDate validTo;

    @Column(name = "min_living_standard")
    private BigDecimal minLivingStandard;

    @Column(name = "deep_multiplier")
    private BigDecimal deepMultiplier;

    @Column(name = "relative_multiplier")
    private BigDecimal relativeMultiplier;

    @Column(name = "accident_cost_share")
    private BigDecimal accidentCostShare;

    @Column(name = "notice_days")
    private int noticeDays;

    @Column(name = "monitoring_months")
    private int monitoringMonths;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at", insertable = false, updatable = false)
    private @Nullable Instant createdAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "rule_set_id", nullable = false)
    @OrderBy("id")
    private List<EligibilityExclusion> exclusions = new ArrayList<>();

    protected EligibilityRuleSet() {
        this.regionCode = "";
        this.regionName = "";
        this.validFrom = LocalDate.MIN;
        this.minLivingStandard = BigDecimal.ZERO;
        this.deepMultiplier = BigDecimal.ONE;
        this.relativeMultiplier = BigDecimal.valueOf(2);
        this.accidentCostShare = BigDecimal.ONE;
        this.createdBy = "";
    }

    public EligibilityRuleSet(String regionCode, String regionName, LocalDate validFrom, BigDecimal minLivingStandard,
                              BigDecimal deepMultiplier, BigDecimal relativeMultiplier, BigDecimal accidentCostShare,
                              int noticeDays, int monitoringMonths, String createdBy,
                              List<RuleSetView.Exclusion> exclusions) {
        this.regionCode = regionCode;
        this.regionName = regionName;
        this.validFrom = validFrom;
        this.minLivingStandard = minLivingStandard;
        this.deepMultiplier = deepMultiplier;
        this.relativeMultiplier = relativeMultiplier;
        this.accidentCostShare = accidentCostShare;
        this.noticeDays = noticeDays;
        this.monitoringMonths = monitoringMonths;
        this.createdBy = createdBy;
        exclusions.forEach(e -> this.exclusions.add(new EligibilityExclusion(e.code(), e.labelZh(), e.labelEn())));
    }

    /** Ends this rule set the day before its successor starts. */
    public void endBefore(LocalDate successorStart) {
        this.validTo = successorStart.minusDays(1);
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public @Nullable LocalDate validTo() {
        return validTo;
    }

    public RuleSetView toView() {
        if (id == null) {
            throw new IllegalStateException("rule set not saved yet");
        }
        return new RuleSetView(id, regionCode, regionName, validFrom, validTo, minLivingStandard, deepMultiplier,
                relativeMultiplier, accidentCostShare, noticeDays, monitoringMonths,
                exclusions.stream().map(EligibilityExclusion::toView).toList());
    }
}
