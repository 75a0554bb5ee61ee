package org.unionaid.hardship.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.unionaid.hardship.AssistanceMeasureKind;
import org.unionaid.hardship.AssistanceMeasureStatus;

/** A new measure of the assistance plan, or a measure's new status, owner and due date. */
public class AssistanceMeasureForm {

    @NotNull(message = "{hardshipFile.required}")
    private @Nullable AssistanceMeasureKind kind = AssistanceMeasureKind.LIVING;

    @NotBlank(message = "{hardshipFile.required}")
    @Size(max = 1000, message = "{hardshipFile.text.tooLong}")
    private @Nullable String description;

    @NotBlank(message = "{hardshipFile.required}")
    @Size(max = 100, message = "{hardshipFile.text.tooLong}")
    private @Nullable String owner;

    @NotNull(message = "{hardshipFile.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate dueOn;

    private @Nullable AssistanceMeasureStatus status;

    public @Nullable AssistanceMeasureKind getKind() { return kind; }
    public void setKind(@Nullable AssistanceMeasureKind kind) { this.kind = kind; }
    public @Nullable String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = description; }
    public @Nullable String getOwner() { return owner; }
    public void setOwner(@Nullable String owner) { this.owner = owner; }
    public @Nullable LocalDate getDueOn() { return dueOn; }
    public void setDueOn(@Nullable LocalDate dueOn) { this.dueOn = dueOn; }
    public @Nullable AssistanceMeasureStatus getStatus() { return status; }
    public void setStatus(@Nullable AssistanceMeasureStatus status) { this.status = status; }
}
