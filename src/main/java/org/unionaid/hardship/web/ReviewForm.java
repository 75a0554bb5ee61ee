package org.unionaid.hardship.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.unionaid.hardship.HardshipCategory;
import org.unionaid.hardship.ReviewOutcome;

/** A review of a file: date, findings and outcome. */
public class ReviewForm {

    @NotNull(message = "{hardshipFile.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate reviewedOn;

    /** A new form for a review held on {@code today} (a day in the application's zone). */
    static ReviewForm on(LocalDate today) {
        ReviewForm form = new ReviewForm();
        form.reviewedOn = today;
        return form;
    }

    @NotBlank(message = "{hardshipFile.required}")
    @Size(max = 4000, message = "{hardshipFile.text.tooLong}")
    private @Nullable String findings;

    @NotNull(message = "{hardshipFile.required}")
    private @Nullable ReviewOutcome outcome = ReviewOutcome.CONTINUE;

    private @Nullable HardshipCategory newCategory;

    public @Nullable LocalDate getReviewedOn() { return reviewedOn; }
    public void setReviewedOn(@Nullable LocalDate reviewedOn) { this.reviewedOn = reviewedOn; }
    public @Nullable String getFindings() { return findings; }
    public void setFindings(@Nullable String findings) { this.findings = findings; }
    public @Nullable ReviewOutcome getOutcome() { return outcome; }
    public void setOutcome(@Nullable ReviewOutcome outcome) { this.outcome = outcome; }
    public @Nullable HardshipCategory getNewCategory() { return newCategory; }
    public void setNewCategory(@Nullable HardshipCategory newCategory) { this.newCategory = newCategory; }
}
