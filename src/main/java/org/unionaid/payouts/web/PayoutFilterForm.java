package org.unionaid.payouts.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.unionaid.payouts.PayoutFilter;
import org.unionaid.payouts.PayoutKind;
import org.unionaid.payouts.PayoutSourceType;
import org.unionaid.payouts.PayoutState;

/** The filter of the payouts list (query parameters); also the export's and the API's. */
public class PayoutFilterForm {

    private @Nullable PayoutState state;
    private @Nullable PayoutKind form;
    private @Nullable PayoutSourceType sourceType;
    private @Nullable Long programmeId;
    private @Nullable Long branchId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate to;
    private @Nullable String sort;

    PayoutFilter toFilter() {
        return new PayoutFilter(state, form, sourceType, programmeId, branchId, from, to);
    }

    public @Nullable PayoutState getState() { return state; }
    public void setState(@Nullable PayoutState state) { this.state = state; }
    public @Nullable PayoutKind getForm() { return form; }
    public void setForm(@Nullable PayoutKind form) { this.form = form; }
    public @Nullable PayoutSourceType getSourceType() { return sourceType; }
    public void setSourceType(@Nullable PayoutSourceType sourceType) { this.sourceType = sourceType; }
    public @Nullable Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(@Nullable Long programmeId) { this.programmeId = programmeId; }
    public @Nullable Long getBranchId() { return branchId; }
    public void setBranchId(@Nullable Long branchId) { this.branchId = branchId; }
    public @Nullable LocalDate getFrom() { return from; }
    public void setFrom(@Nullable LocalDate from) { this.from = from; }
    public @Nullable LocalDate getTo() { return to; }
    public void setTo(@Nullable LocalDate to) { this.to = to; }
    public @Nullable String getSort() { return sort; }
    public void setSort(@Nullable String sort) { this.sort = sort; }
}
