package org.unionaid.branches.web;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/** The new parent of a branch. */
public class MoveBranchForm {

    @NotNull(message = "{admin.branch.newParent.required}")
    private @Nullable Long newParentId;

    public @Nullable Long getNewParentId() {
        return newParentId;
    }

    public void setNewParentId(@Nullable Long newParentId) {
        this.newParentId = newParentId;
    }
}
