package org.unionaid.branches.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.unionaid.branches.BranchView;

/** New Chinese and English names of a branch. */
public class RenameBranchForm {

    @NotBlank(message = "{admin.branch.name.required}")
    @Size(max = 200, message = "{admin.branch.name.tooLong}")
    private @Nullable String name;

    @Size(max = 200, message = "{admin.branch.name.tooLong}")
    private @Nullable String nameEn;

    static RenameBranchForm of(BranchView branch) {
        RenameBranchForm form = new RenameBranchForm();
        form.name = branch.name();
        form.nameEn = branch.nameEn();
        return form;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getNameEn() {
        return nameEn;
    }

    public void setNameEn(@Nullable String nameEn) {
        this.nameEn = nameEn;
    }
}
