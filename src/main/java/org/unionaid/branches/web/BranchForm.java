package org.unionaid.branches.web;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.unionaid.branches.BranchLevel;
import org.unionaid.branches.Branches.CreateBranch;

/** The new-branch form of the SYSADMIN. */
public class BranchForm {

    @NotNull(message = "{admin.branch.parent.required}")
    private @Nullable Long parentId;

    @NotBlank(message = "{admin.branch.code.required}")
    @Size(max = 32, message = "{admin.branch.code.tooLong}")
    @Pattern(regexp = "[A-Za-z0-9-]*", message = "{admin.branch.code.invalid}")
    private @Nullable String code;

    @NotBlank(message = "{admin.branch.name.required}")
    @Size(max = 200, message = "{admin.branch.name.tooLong}")
    private @Nullable String name;

    @Size(max = 200, message = "{admin.branch.name.tooLong}")
    private @Nullable String nameEn;

    @NotNull(message = "{admin.branch.level.required}")
    private @Nullable BranchLevel level;

    @Pattern(regexp = "[0-9]{0,12}", message = "{admin.branch.regionCode.invalid}")
    private @Nullable String regionCode;

    CreateBranch toCommand() {
        return new CreateBranch(parentId, Objects.requireNonNull(code),
                Objects.requireNonNull(name), nameEn, Objects.requireNonNull(level), regionCode);
    }

    public @Nullable Long getParentId() {
        return parentId;
    }

    public void setParentId(@Nullable Long parentId) {
        this.parentId = parentId;
    }

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
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

    public @Nullable BranchLevel getLevel() {
        return level;
    }

    public void setLevel(@Nullable BranchLevel level) {
        this.level = level;
    }

    public @Nullable String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(@Nullable String regionCode) {
        this.regionCode = regionCode;
    }
}
