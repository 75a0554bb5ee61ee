package org.unionaid.payouts.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.unionaid.payouts.FundingSourceKind;
import org.unionaid.payouts.PledgeFunding;

/** An ADMIN's pledge of money to a programme. */
public class PledgeForm {

    @NotNull(message = "{funding.required}")
    private @Nullable Long programmeId;
    @NotNull(message = "{funding.required}")
    private @Nullable Long branchId;
    @NotNull(message = "{funding.required}")
    private @Nullable FundingSourceKind kind = FundingSourceKind.UNION_BUDGET;
    @NotBlank(message = "{funding.required}")
    @Size(max = 200, message = "{funding.name.tooLong}")
    private @Nullable String name;
    private @Nullable String partnerUsername;
    @NotNull(message = "{funding.required}")
    @DecimalMin(value = "0.01", message = "{funding.allocated.invalid}")
    @Digits(integer = 12, fraction = 2, message = "{funding.allocated.invalid}")
    private @Nullable BigDecimal allocated;

    PledgeFunding toCommand(@Nullable Long partnerUserId) {
        return new PledgeFunding(programmeId == null ? 0 : programmeId, branchId == null ? 0 : branchId,
                kind == null ? FundingSourceKind.UNION_BUDGET : kind, name == null ? "" : name, partnerUserId,
                allocated == null ? BigDecimal.ZERO : allocated);
    }

    public @Nullable Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(@Nullable Long programmeId) { this.programmeId = programmeId; }
    public @Nullable Long getBranchId() { return branchId; }
    public void setBranchId(@Nullable Long branchId) { this.branchId = branchId; }
    public @Nullable FundingSourceKind getKind() { return kind; }
    public void setKind(@Nullable FundingSourceKind kind) { this.kind = kind; }
    public @Nullable String getName() { return name; }
    public void setName(@Nullable String name) { this.name = name; }
    public @Nullable String getPartnerUsername() { return partnerUsername; }
    public void setPartnerUsername(@Nullable String partnerUsername) { this.partnerUsername = partnerUsername; }
    public @Nullable BigDecimal getAllocated() { return allocated; }
    public void setAllocated(@Nullable BigDecimal allocated) { this.allocated = allocated; }
}
