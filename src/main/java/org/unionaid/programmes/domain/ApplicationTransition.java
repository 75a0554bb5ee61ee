package org.unionaid.programmes.domain;

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
import org.unionaid.programmes.ApplicationState;
import org.unionaid.programmes.ApplicationView;

/** One state change of an application (append-only history). */
@Entity
@Table(name = "programme_application_transition")
public class ApplicationTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "application_id")
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private @Nullable ApplicationState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private ApplicationState toState;

    private String actor;

    private @Nullable String reason;

    private Instant at;

    protected ApplicationTransition() {
        this.toState = ApplicationState.SUBMITTED;
        this.actor = "";
        this.at = Instant.EPOCH;
    }

    ApplicationTransition(long applicationId, @Nullable ApplicationState fromState, ApplicationState toState,
                          String actor, @Nullable String reason, Instant at) {
        this.applicationId = applicationId;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor;
        this.reason = reason;
        this.at = at;
    }

    public @Nullable ApplicationState fromState() {
        return fromState;
    }

    public ApplicationState toState() {
        return toState;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    public @Nullable String reason() {
        return reason;
    }

    public ApplicationView.Transition toView() {
        return new ApplicationView.Transition(fromState, toState, actor, reason, at);
    }
}
