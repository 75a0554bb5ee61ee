package org.unionaid.branches.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Why a branch is deactivated; the reason goes into the audit trail. */
public class DeactivateBranchForm {

    @NotBlank(message = "{admin.branch.reason.required}")
    @Size(max = 500, message = "{admin.branch.reason.tooLong}")
    private @Nullable String reason;

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }
}
