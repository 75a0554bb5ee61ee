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
import org.jspecify.annotations.Nullable;
import org.unionaid.hardship.FileTransitionView;
import org.unionaid.hardship.HardshipFileAction;
import org.unionaid.hardship.HardshipFileState;

/** One state change of a file, as kept in its history (append-only). */
@Entity
@Table(name = "file_transition")
public class FileTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "file_id")
    private long fileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private HardshipFileState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private HardshipFileState toState;

    @Enumerated(EnumType.STRING)
    private HardshipFileAction action;

    private String actor;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private @Nullable String reason;

    protected FileTransition() {
        this.fromState = HardshipFileState.DRAFT;
        this.toState = HardshipFileState.DRAFT;
        this.action = HardshipFileAction.OPEN;
        this.actor = "";
        this.occurredAt = Instant.EPOCH;
    }

    FileTransition(long fileId, HardshipFileState fromState, HardshipFileState toState, HardshipFileAction action,
                   String actor, Instant occurredAt, @Nullable String reason) {
        this.fileId = fileId;
        this.fromState = fromState;
        this.toState = toState;
        this.action = action;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.reason = reason;
    }

    public HardshipFileState fromState() {
        return fromState;
    }

    public HardshipFileState toState() {
        return toState;
    }

    public HardshipFileAction action() {
        return action;
    }

    public @Nullable String reason() {
        return reason;
    }

    public FileTransitionView toView() {
        return new FileTransitionView(fromState, toState, action, actor, occurredAt, reason);
    }
}
