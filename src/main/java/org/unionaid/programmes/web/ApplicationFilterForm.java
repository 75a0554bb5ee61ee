package org.unionaid.programmes.web;

import org.jspecify.annotations.Nullable;
import org.unionaid.programmes.ApplicationFilter;
import org.unionaid.programmes.ApplicationState;

/** The applications list's filter as request parameters (also used by the export). */
public class ApplicationFilterForm {

    private @Nullable Long programmeId;
    private @Nullable ApplicationState state;
    private @Nullable Long branchId;
    private @Nullable Boolean eligible;
    private @Nullable String sort;

    ApplicationFilter toFilter() {
        return new ApplicationFilter(programmeId, state, branchId, eligible);
    }

    public @Nullable Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(@Nullable Long programmeId) { this.programmeId = programmeId; }
    public @Nullable ApplicationState getState() { return state; }
    public void setState(@Nullable ApplicationState state) { this.state = state; }
    public @Nullable Long getBranchId() { return branchId; }
    public void setBranchId(@Nullable Long branchId) { this.branchId = branchId; }
    public @Nullable Boolean getEligible() { return eligible; }
    public void setEligible(@Nullable Boolean eligible) { this.eligible = eligible; }
    public @Nullable String getSort() { return sort; }
    public void setSort(@Nullable String sort) { this.sort = sort; }
}
