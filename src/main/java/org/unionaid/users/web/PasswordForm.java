package org.unionaid.users.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The change-password form; the new password is typed twice. */
public class PasswordForm {

    @NotBlank(message = "{password.current.required}")
    private @Nullable String currentPassword;

    @NotBlank(message = "{password.new.required}")
    @Size(max = 200, message = "{password.tooLong}")
    private @Nullable String newPassword;

    private @Nullable String confirmPassword;

    @AssertTrue(message = "{password.confirm.mismatch}")
    public boolean isConfirmed() {
        return newPassword == null || newPassword.equals(confirmPassword);
    }

    public @Nullable String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(@Nullable String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public @Nullable String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(@Nullable String newPassword) {
        this.newPassword = newPassword;
    }

    public @Nullable String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(@Nullable String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
