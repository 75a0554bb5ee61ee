package org.unionaid.hardship.domain;

import java.time.Instant;
import java.time.LocalDate;

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
import org.unionaid.hardship.AssistanceMeasureKind;
import org.unionaid.hardship.AssistanceMeasureStatus;

@Entity
@Table(name = "assistance_measure")
public class AssistanceMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "file_id")
    private long fileId;

    @Enumerated(EnumType.STRING)
    private AssistanceMeasureKind kind;

    private String description;

    private String owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private AssistanceMeasureStatus status;

    @Version
    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt = Instant.now();

    protected AssistanceMeasure() {
        this.kind = AssistanceMeasureKind.LIVING;
        this.description = "";
        this.owner = "";
        this.dueOn = LocalDate.MIN;
        this.status = AssistanceMeasureStatus.PLANNED;
    }

    public AssistanceMeasure(long fileId, AssistanceMeasureKind kind, String description, String owner,
                             LocalDate dueOn) {
        this.fileId = fileId;
        this.kind = kind;
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
        this.status = AssistanceMeasureStatus.PLANNED;
    }

    public void update(AssistanceMeasureStatus status, LocalDate dueOn, String owner) {
        this.status = status;
        this.dueOn = dueOn;
        this.owner = owner;
        this.updatedAt = Instant.now();
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved");
        }
        return id;
    }

    public long fileId() { return fileId; }
    public AssistanceMeasureKind kind() { return kind; }
    public String description() { return description; }
    public String owner() { return owner; }
    public LocalDate dueOn() { return dueOn; }
    public AssistanceMeasureStatus status() { return status; }
    public long version() { return version; }
}
