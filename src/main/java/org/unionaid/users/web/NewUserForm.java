package org.unionaid.users.web;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.unionaid.shared.security.Role;
import org.unionaid.users.Users.CreateUser;

/** A staff account as a SYSADMIN creates it, with an initial password. */
public class NewUserForm {

    @NotBlank(message = "{admin.user.username.required}")
    @Size(max = 64, message = "{admin.user.username.tooLong}")
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{admin.user.username.invalid}")
    private @Nullable String username;

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

    @NotBlank(message = "{admin.user.password.required}")
    @Size(max = 200, message = "{password.tooLong}")
    private @Nullable String password;

    CreateUser toCommand() {
        return new CreateUser(Objects.requireNonNull(username), Objects.requireNonNull(password),
                Objects.requireNonNull(displayName), Objects.requireNonNull(branchId), roles, email, null);
    }

    public @Nullable String getUsername() {
        return username;
    }

    public void setUsername(@Nullable String username) {
        this.username = username;
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

    public @Nullable String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }
}
