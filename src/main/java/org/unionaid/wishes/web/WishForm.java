package org.unionaid.wishes.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The posting form of a wish (for oneself, or by a caseworker for {@code workerId}). */
public class WishForm {

    private @Nullable Long workerId;

    @NotNull(message = "{wish.programme.required}")
    private @Nullable Long programmeId;

    @NotBlank(message = "{wish.title.required}")
    @Size(max = 100, message = "{wish.title.tooLong}")
    private @Nullable String title;

    @NotBlank(message = "{wish.reason.required}")
    @Size(max = 1000, message = "{wish.reason.tooLong}")
    private @Nullable String reason;

    @NotNull(message = "{wish.value.invalid}")
    @DecimalMin(value = "0.01", message = "{wish.value.invalid}")
    @Digits(integer = 12, fraction = 2, message = "{wish.value.invalid}")
    private @Nullable BigDecimal value;

    private @Nullable MultipartFile photo;

    public @Nullable Long getWorkerId() { return workerId; }
    public void setWorkerId(@Nullable Long workerId) { this.workerId = workerId; }
    public @Nullable Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(@Nullable Long programmeId) { this.programmeId = programmeId; }
    public @Nullable String getTitle() { return title; }
    public void setTitle(@Nullable String title) { this.title = title; }
    public @Nullable String getReason() { return reason; }
    public void setReason(@Nullable String reason) { this.reason = reason; }
    public @Nullable BigDecimal getValue() { return value; }
    public void setValue(@Nullable BigDecimal value) { this.value = value; }
    public @Nullable MultipartFile getPhoto() { return photo; }
    public void setPhoto(@Nullable MultipartFile photo) { this.photo = photo; }
}
