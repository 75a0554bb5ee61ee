package org.unionaid.users.web;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.unionaid.users.ApiTokens.IssueToken;

/** A new API token as a SYSADMIN asks for it. */
public class ApiTokenForm {

    @NotBlank(message = "{apiToken.name.required}")
    @Size(max = 100, message = "{apiToken.name.tooLong}")
    private @Nullable String name;

    @NotBlank(message = "{apiToken.username.required}")
    @Size(max = 64, message = "{apiToken.username.required}")
    private @Nullable String username;

    @NotNull(message = "{apiToken.expiresOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate expiresOn;

    IssueToken toCommand() {
        return new IssueToken(Objects.requireNonNull(name), Objects.requireNonNull(username),
                Objects.requireNonNull(expiresOn));
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getUsername() {
        return username;
    }

    public void setUsername(@Nullable String username) {
        this.username = username;
    }

    public @Nullable LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(@Nullable LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
