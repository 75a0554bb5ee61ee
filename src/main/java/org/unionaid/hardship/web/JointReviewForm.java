package org.unionaid.hardship.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A joint review meeting: the files discussed are given by their numbers, separated by commas or lines. */
public class JointReviewForm {

    @NotNull(message = "{hardshipFile.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    /** Set to today (the application's zone) by the controller when the form is first shown. */
    private @Nullable LocalDate heldOn;

    @NotBlank(message = "{hardshipFile.required}")
    @Size(max = 1000, message = "{hardshipFile.text.tooLong}")
    private @Nullable String agencies;

    @NotBlank(message = "{hardshipFile.required}")
    @Size(max = 2000, message = "{hardshipFile.text.tooLong}")
    private @Nullable String participants;

    @NotBlank(message = "{hardshipFile.required}")
    @Size(max = 4000, message = "{hardshipFile.text.tooLong}")
    private @Nullable String decisions;

    @NotBlank(message = "{hardshipFile.required}")
    private @Nullable String fileNumbers;

    List<String> fileNumberList() {
        return fileNumbers == null ? List.of() : Arrays.stream(fileNumbers.split("[,，\\s]+"))
                .filter(s -> !s.isBlank()).toList();
    }

    public @Nullable LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(@Nullable LocalDate heldOn) { this.heldOn = heldOn; }
    public @Nullable String getAgencies() { return agencies; }
    public void setAgencies(@Nullable String agencies) { this.agencies = agencies; }
    public @Nullable String getParticipants() { return participants; }
    public void setParticipants(@Nullable String participants) { this.participants = participants; }
    public @Nullable String getDecisions() { return decisions; }
    public void setDecisions(@Nullable String decisions) { this.decisions = decisions; }
    /** The file the form was opened from (the page returns there after saving). */
    private @Nullable Long fileId;

    public @Nullable Long getFileId() { return fileId; }
    public void setFileId(@Nullable Long fileId) { this.fileId = fileId; }
    public @Nullable String getFileNumbers() { return fileNumbers; }
    public void setFileNumbers(@Nullable String fileNumbers) { this.fileNumbers = fileNumbers; }
}
