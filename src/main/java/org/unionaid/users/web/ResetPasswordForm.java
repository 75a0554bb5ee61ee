package org.unionaid.users.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A new password a SYSADMIN sets for a user who forgot theirs. */
public class ResetPasswordForm {

    @NotBlank(message = "{password.new.required}")
    @Size(max = 200, message = "{password.tooLong}")
    private @Nullable String newPassword;

    public @Nullable String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(@Nullable String newPassword) {
        this.newPassword = newPassword;
    }
}
