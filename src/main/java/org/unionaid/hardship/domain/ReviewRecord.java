package org.unionaid.hardship.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.unionaid.hardship.HardshipCategory;
import org.unionaid.hardship.ReviewOutcome;
import org.unionaid.hardship.ReviewView;

/** A review held on a file (append-only). */
@Entity
@Table(name = "file_review")
public class ReviewRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "file_id")
    private long fileId;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    private String findings;

    @Enumerated(EnumType.STRING)
    private ReviewOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_category")
    private @Nullable HardshipCategory newCategory;

    private String reviewer;

    @Column(name = "assessed_per_capita")
    private java.math.@Nullable BigDecimal assessedPerCapita;

    @Column(name = "aid_counted")
    private java.math.@Nullable BigDecimal aidCounted;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_category")
    private @Nullable HardshipCategory suggestedCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_outcome")
    private @Nullable ReviewOutcome suggestedOutcome;

    protected ReviewRecord() {
        this.reviewedOn = LocalDate.MIN;
        this.findings = "";
        this.outcome = ReviewOutcome.CONTINUE;
        this.reviewer = "";
    }

    public ReviewRecord(long fileId, LocalDate reviewedOn, String findings, ReviewOutcome outcome,
                        @Nullable HardshipCategory newCategory, String reviewer) {
        this.fileId = fileId;
        this.reviewedOn = reviewedOn;
        this.findings = findings;
        this.outcome = outcome;
        this.newCategory = newCategory;
        this.reviewer = reviewer;
    }

    /** Keeps the eligibility recalculated on the review's day (null figures when it could not be computed). */
    public void assessed(java.math.@Nullable BigDecimal perCapita, java.math.BigDecimal aid,
                         @Nullable HardshipCategory category, @Nullable ReviewOutcome suggested) {
        this.assessedPerCapita = perCapita;
        this.aidCounted = perCapita == null ? null : aid;
        this.suggestedCategory = category;
        this.suggestedOutcome = suggested;
    }

    public ReviewView toView() {
        return new ReviewView(id == null ? 0 : id, reviewedOn, findings, outcome, newCategory, reviewer,
                assessedPerCapita, aidCounted, suggestedCategory, suggestedOutcome);
    }
}
