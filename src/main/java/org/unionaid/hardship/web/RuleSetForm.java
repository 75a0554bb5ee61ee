package org.unionaid.hardship.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.unionaid.hardship.EligibilityRules.NewRuleSet;
import org.unionaid.hardship.RuleSetView;

/** The ADMIN's form for a new rule set; exclusions one per line as {@code CODE|中文|English}. */
public class RuleSetForm {

    @NotBlank(message = "{eligibility.form.region.required}")
    @Pattern(regexp = "\\d{6}", message = "{eligibility.form.region.format}")
    private @Nullable String regionCode;

    @NotBlank(message = "{eligibility.form.regionName.required}")
    @Size(max = 100)
    private @Nullable String regionName;

    @NotNull(message = "{eligibility.form.validFrom.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate validFrom;

    @NotNull(message = "{eligibility.form.standard.required}")
    @DecimalMin(value = "0.01", message = "{eligibility.form.standard.positive}")
    @Digits(integer = 12, fraction = 2, message = "{eligibility.form.money.format}")
    private @Nullable BigDecimal minLivingStandard;

    @NotNull(message = "{eligibility.form.number.required}")
    @DecimalMin(value = "0.01", message = "{eligibility.form.multiplier.positive}")
    @DecimalMax(value = "10", message = "{eligibility.form.multiplier.max}")
    private @Nullable BigDecimal deepMultiplier = BigDecimal.ONE;

    @NotNull(message = "{eligibility.form.number.required}")
    @DecimalMin(value = "0.01", message = "{eligibility.form.multiplier.positive}")
    @DecimalMax(value = "10", message = "{eligibility.form.multiplier.max}")
    private @Nullable BigDecimal relativeMultiplier = BigDecimal.valueOf(2);

    @NotNull(message = "{eligibility.form.number.required}")
    @DecimalMin(value = "0.01", message = "{eligibility.form.share.range}")
    @DecimalMax(value = "1", message = "{eligibility.form.share.range}")
    private @Nullable BigDecimal accidentCostShare = new BigDecimal("0.80");

    @Min(value = 1, message = "{eligibility.form.days.range}")
    @Max(value = 60, message = "{eligibility.form.days.range}")
    private int noticeDays = 7;

    @Min(value = 1, message = "{eligibility.form.months.range}")
    @Max(value = 60, message = "{eligibility.form.months.range}")
    private int monitoringMonths = 12;

    @Size(max = 4000)
    @Pattern(regexp = "(?s)^$|^(\\s*[A-Z0-9_]{2,40}\\|[^|\\n]+\\|[^|\\n]+\\s*)(\\n\\s*[A-Z0-9_]{2,40}\\|[^|\\n]+\\|[^|\\n]+\\s*)*\\s*$",
            message = "{eligibility.form.exclusions.format}")
    private @Nullable String exclusionsText;

    NewRuleSet toCommand() {
        List<RuleSetView.Exclusion> exclusions = new ArrayList<>();
        if (exclusionsText != null) {
            for (String line : exclusionsText.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.trim().split("\\|");
                exclusions.add(new RuleSetView.Exclusion(parts[0].trim(), parts[1].trim(), parts[2].trim()));
            }
        }
        return new NewRuleSet(regionCode, regionName, validFrom, minLivingStandard, deepMultiplier,
                relativeMultiplier, accidentCostShare, noticeDays, monitoringMonths, exclusions);
    }

    public @Nullable String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(@Nullable String regionCode) {
        this.regionCode = regionCode;
    }

    public @Nullable String getRegionName() {
        return regionName;
    }

    public void setRegionName(@Nullable String regionName) {
        this.regionName = regionName;
    }

    public @Nullable LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(@Nullable LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public @Nullable BigDecimal getMinLivingStandard() {
        return minLivingStandard;
    }

    public void setMinLivingStandard(@Nullable BigDecimal minLivingStandard) {
        this.minLivingStandard = minLivingStandard;
    }

    public @Nullable BigDecimal getDeepMultiplier() {
        return deepMultiplier;
    }

    public void setDeepMultiplier(@Nullable BigDecimal deepMultiplier) {
        this.deepMultiplier = deepMultiplier;
    }

    public @Nullable BigDecimal getRelativeMultiplier() {
        return relativeMultiplier;
    }

    public void setRelativeMultiplier(@Nullable BigDecimal relativeMultiplier) {
        this.relativeMultiplier = relativeMultiplier;
    }

    public @Nullable BigDecimal getAccidentCostShare() {
        return accidentCostShare;
    }

    public void setAccidentCostShare(@Nullable BigDecimal accidentCostShare) {
        this.accidentCostShare = accidentCostShare;
    }

    public int getNoticeDays() {
        return noticeDays;
    }

    public void setNoticeDays(int noticeDays) {
        this.noticeDays = noticeDays;
    }

    public int getMonitoringMonths() {
        return monitoringMonths;
    }

    public void setMonitoringMonths(int monitoringMonths) {
        this.monitoringMonths = monitoringMonths;
    }

    public @Nullable String getExclusionsText() {
        return exclusionsText;
    }

    public void setExclusionsText(@Nullable String exclusionsText) {
        this.exclusionsText = exclusionsText;
    }
}
