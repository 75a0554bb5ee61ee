package org.unionaid.users.web;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.unionaid.shared.security.Role;
import org.unionaid.users.Users.UpdateUser;
import org.unionaid.users.UserSummary;

/** What a SYSADMIN changes on an account: name, e-mail, branch, roles and whether it is enabled. */
public class UserForm {

    @NotBlank(message = "{admin.user.displayName.required}")
    @Size(max = 100, message = "{admin.user.displayName.tooLong}")
    private @Nullable String displayName;

    @Email(message = "{admin.user.email.invalid}")
    @Size(max = 200, message = "{admin.user.email.invalid}")
    private @Nullable String email;

    @NotNull(message = "{admin.user.branch.required}")
    private @Nullable Long branchId;

    @NotEmpty(message = "{user.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean enabled;

    static UserForm of(UserSummary user) {
        UserForm form = new UserForm();
        form.displayName = user.displayName();
        form.email = user.email();
        form.branchId = user.branchId();
        form.setRoles(user.roles());
        form.enabled = user.enabled();
        return form;
    }

    UpdateUser toCommand() {
        return new UpdateUser(Objects.requireNonNull(displayName), Objects.requireNonNull(branchId), roles, email,
                enabled);
    }

    public @Nullable String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(@Nullable String displayName) {
        this.displayName = displayName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable Long getBranchId() {
        return branchId;
    }

    public void setBranchId(@Nullable Long branchId) {
        this.branchId = branchId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(@Nullable Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
