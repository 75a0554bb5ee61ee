package org.unionaid.hardship.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.unionaid.hardship.ReviewTaskView;
import org.unionaid.hardship.ReviewTrigger;
import org.unionaid.shared.BusinessRuleException;

/** A review task on a file (复核任务): what raised it, and its resolution. */
@Entity
@Table(name = "file_review_task")
public class FileReviewTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "file_id")
    private long fileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind")
    private ReviewTrigger trigger;

    private String detail;

    @Column(name = "source_ref")
    private String sourceRef;

    private String state;

    @Column(name = "raised_by")
    private String raisedBy;

    @Column(name = "raised_at")
    private Instant raisedAt;

    @Column(name = "resolution_note")
    private @Nullable String resolutionNote;

    @Column(name = "resolved_by")
    private @Nullable String resolvedBy;

    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    @Version
    private long version;

    protected FileReviewTask() {
        this.trigger = ReviewTrigger.CIVIL_AFFAIRS_MISMATCH;
        this.detail = "";
        this.sourceRef = "";
        this.state = "OPEN";
        this.raisedBy = "";
        this.raisedAt = Instant.EPOCH;
    }

    public FileReviewTask(long fileId, ReviewTrigger trigger, String detail, String sourceRef, String raisedBy,
                          Instant raisedAt) {
        this.fileId = fileId;
        this.trigger = trigger;
        this.detail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        this.sourceRef = sourceRef;
        this.state = "OPEN";
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public long fileId() {
        return fileId;
    }

    public boolean open() {
        return "OPEN".equals(state);
    }

    public void resolve(String note, String by, Instant at) {
        if (!open()) {
            throw new BusinessRuleException("reviewTask.alreadyResolved");
        }
        this.state = "RESOLVED";
        this.resolutionNote = note;
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    public ReviewTaskView toView() {
        return new ReviewTaskView(id(), fileId, trigger, detail, open(), raisedBy, raisedAt, resolutionNote,
                resolvedBy, resolvedAt);
    }
}
