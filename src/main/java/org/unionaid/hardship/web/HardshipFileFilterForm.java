package org.unionaid.hardship.web;

import org.jspecify.annotations.Nullable;
import org.unionaid.hardship.HardshipCategory;
import org.unionaid.hardship.HardshipFileCause;
import org.unionaid.hardship.HardshipFileFilter;
import org.unionaid.hardship.HardshipFileLevel;
import org.unionaid.hardship.HardshipFileState;

/** The filter of the files list (query parameters); also the export's. */
public class HardshipFileFilterForm {

    private @Nullable HardshipFileState state;
    private @Nullable HardshipCategory category;
    private @Nullable HardshipFileLevel level;
    private @Nullable HardshipFileCause primaryCause;
    private @Nullable Long caseworkerId;
    private @Nullable Long branchId;
    private @Nullable String sort;

    HardshipFileFilter toFilter() {
        return new HardshipFileFilter(state, category, level, primaryCause, caseworkerId, branchId);
    }

    public @Nullable HardshipFileState getState() { return state; }
    public void setState(@Nullable HardshipFileState state) { this.state = state; }
    public @Nullable HardshipCategory getCategory() { return category; }
    public void setCategory(@Nullable HardshipCategory category) { this.category = category; }
    public @Nullable HardshipFileLevel getLevel() { return level; }
    public void setLevel(@Nullable HardshipFileLevel level) { this.level = level; }
    public @Nullable HardshipFileCause getPrimaryCause() { return primaryCause; }
    public void setPrimaryCause(@Nullable HardshipFileCause primaryCause) { this.primaryCause = primaryCause; }
    public @Nullable Long getCaseworkerId() { return caseworkerId; }
    public void setCaseworkerId(@Nullable Long caseworkerId) { this.caseworkerId = caseworkerId; }
    public @Nullable Long getBranchId() { return branchId; }
    public void setBranchId(@Nullable Long branchId) { this.branchId = branchId; }
    public @Nullable String getSort() { return sort; }
    public void setSort(@Nullable String sort) { this.sort = sort; }
}
