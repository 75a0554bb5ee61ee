package org.unionaid.people.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.unionaid.people.SelfRegistration;
import org.unionaid.people.WorkerDetailsForm;
import org.unionaid.shared.ValidNationalId;

/** A worker's self-registration: who they are, their union branch and their sign-in. */
public class RegistrationForm {

    @NotBlank(message = "{worker.name.required}")
    @Size(max = 100, message = "{worker.name.tooLong}")
    private @Nullable String name;

    @NotBlank(message = "{nationalId.required}")
    @ValidNationalId
    private @Nullable String nationalId;

    @NotBlank(message = "{worker.phone.required}")
    @Pattern(regexp = WorkerDetailsForm.PHONE, message = "{worker.phone.invalid}")
    private @Nullable String phone;

    @Email(message = "{register.email.invalid}")
    @Size(max = 200, message = "{register.email.invalid}")
    private @Nullable String email;

    @NotNull(message = "{worker.branch.required}")
    private @Nullable Long branchId;

    @NotBlank(message = "{register.username.required}")
    @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "{register.username.invalid}")
    private @Nullable String username;

    @NotBlank(message = "{password.new.required}")
    @Size(max = 200, message = "{password.tooLong}")
    private @Nullable String password;

    private @Nullable String confirmPassword;

    @AssertTrue(message = "{password.confirm.mismatch}")
    public boolean isConfirmed() {
        return password == null || password.equals(confirmPassword);
    }

    SelfRegistration toCommand() {
        return new SelfRegistration(java.util.Objects.requireNonNull(name), java.util.Objects.requireNonNull(nationalId),
                phone, java.util.Objects.requireNonNull(branchId), java.util.Objects.requireNonNull(username),
                java.util.Objects.requireNonNull(password), email);
    }

    /** Passwords are never sent back to the browser. */
    void forgetPasswords() {
        password = null;
        confirmPassword = null;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getNationalId() {
        return nationalId;
    }

    public void setNationalId(@Nullable String nationalId) {
        this.nationalId = nationalId;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
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

    public @Nullable String getUsername() {
        return username;
    }

    public void setUsername(@Nullable String username) {
        this.username = username;
    }

    public @Nullable String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }

    public @Nullable String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(@Nullable String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
