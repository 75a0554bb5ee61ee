package org.unionaid.mutualaid.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.unionaid.mutualaid.EnrolStaff;
import org.unionaid.shared.ValidNationalId;

/** One staff member enrolled by hand. */
public class EnrolForm {

    @NotBlank(message = "{mutualaid.required}")
    @Size(max = 100, message = "{mutualaid.text.tooLong}")
    private @Nullable String name;

    @NotBlank(message = "{mutualaid.required}")
    @ValidNationalId
    private @Nullable String nationalId;

    @Size(max = 20, message = "{mutualaid.text.tooLong}")
    private @Nullable String phone;

    @NotBlank(message = "{mutualaid.required}")
    private @Nullable String planCode;

    @Min(value = 1, message = "{mutualaid.number.invalid}")
    private @Nullable Integer shares = 1;

    EnrolStaff toCommand() {
        return new EnrolStaff(name == null ? "" : name, nationalId == null ? "" : nationalId, phone,
                planCode == null ? "" : planCode, shares);
    }

    public @Nullable String getName() { return name; }
    public void setName(@Nullable String name) { this.name = name; }
    public @Nullable String getNationalId() { return nationalId; }
    public void setNationalId(@Nullable String nationalId) { this.nationalId = nationalId; }
    public @Nullable String getPhone() { return phone; }
    public void setPhone(@Nullable String phone) { this.phone = phone; }
    public @Nullable String getPlanCode() { return planCode; }
    public void setPlanCode(@Nullable String planCode) { this.planCode = planCode; }
    public @Nullable Integer getShares() { return shares; }
    public void setShares(@Nullable Integer shares) { this.shares = shares; }
}
