package org.unionaid.hardship.web;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.unionaid.hardship.HardshipCategory;
import org.unionaid.hardship.HardshipFileCause;
import org.unionaid.hardship.HardshipFileLevel;
import org.unionaid.hardship.HardshipFiles.FilingAnswers;
import org.unionaid.hardship.HardshipFiles.OpenFile;

/** The filing page: the assessment answers and what the caseworker confirms. */
public class HardshipFileForm {

    @NotNull(message = "{hardshipFile.required}")
    private @Nullable Long workerId;

    private @Nullable Long leadId;

    private boolean suddenHardship;

    @DecimalMin(value = "0", message = "{hardshipFile.size.invalid}")
    private @Nullable BigDecimal annualHardshipCosts;

    private Set<String> exclusions = new LinkedHashSet<>();

    private @Nullable HardshipCategory category;

    @NotNull(message = "{hardshipFile.required}")
    private @Nullable HardshipFileLevel level = HardshipFileLevel.CITY;

    @NotNull(message = "{hardshipFile.required}")
    private @Nullable HardshipFileCause primaryCause;

    private Set<HardshipFileCause> secondaryCauses = EnumSet.noneOf(HardshipFileCause.class);

    @Size(max = 1000, message = "{hardshipFile.text.tooLong}")
    private @Nullable String overrideReason;

    FilingAnswers answers() {
        return new FilingAnswers(suddenHardship, annualHardshipCosts, Set.copyOf(exclusions));
    }

    OpenFile toCommand() {
        return new OpenFile(workerId == null ? 0 : workerId, leadId, answers(), category,
                level == null ? HardshipFileLevel.CITY : level,
                primaryCause == null ? HardshipFileCause.OTHER : primaryCause, Set.copyOf(secondaryCauses),
                overrideReason);
    }

    public @Nullable Long getWorkerId() { return workerId; }
    public void setWorkerId(@Nullable Long workerId) { this.workerId = workerId; }
    public @Nullable Long getLeadId() { return leadId; }
    public void setLeadId(@Nullable Long leadId) { this.leadId = leadId; }
    public boolean isSuddenHardship() { return suddenHardship; }
    public void setSuddenHardship(boolean suddenHardship) { this.suddenHardship = suddenHardship; }
    public @Nullable BigDecimal getAnnualHardshipCosts() { return annualHardshipCosts; }
    public void setAnnualHardshipCosts(@Nullable BigDecimal costs) { this.annualHardshipCosts = costs; }
    public Set<String> getExclusions() { return exclusions; }
    public void setExclusions(@Nullable Set<String> exclusions) {
        this.exclusions = exclusions == null ? new LinkedHashSet<>() : exclusions;
    }
    public @Nullable HardshipCategory getCategory() { return category; }
    public void setCategory(@Nullable HardshipCategory category) { this.category = category; }
    public @Nullable HardshipFileLevel getLevel() { return level; }
    public void setLevel(@Nullable HardshipFileLevel level) { this.level = level; }
    public @Nullable HardshipFileCause getPrimaryCause() { return primaryCause; }
    public void setPrimaryCause(@Nullable HardshipFileCause primaryCause) { this.primaryCause = primaryCause; }
    public Set<HardshipFileCause> getSecondaryCauses() { return secondaryCauses; }
    public void setSecondaryCauses(@Nullable Set<HardshipFileCause> causes) {
        this.secondaryCauses = causes == null ? EnumSet.noneOf(HardshipFileCause.class) : causes;
    }
    public @Nullable String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(@Nullable String overrideReason) { this.overrideReason = overrideReason; }
}
