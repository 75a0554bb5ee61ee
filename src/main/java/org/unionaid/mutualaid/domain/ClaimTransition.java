package org.unionaid.mutualaid.domain;

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
import org.unionaid.mutualaid.ClaimState;

/** One state change of a claim with its note (a question, an answer, a reason); append-only. */
@Entity
@Table(name = "mutualaid_claim_transition")
public class ClaimTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "claim_id")
    private long claimId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private ClaimState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private ClaimState toState;

    private String actor;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private @Nullable String note;

    protected ClaimTransition() {
        this.fromState = ClaimState.DRAFT;
        this.toState = ClaimState.DRAFT;
        this.actor = "";
        this.occurredAt = Instant.EPOCH;
    }

    ClaimTransition(long claimId, ClaimState fromState, ClaimState toState, String actor, Instant occurredAt,
                    @Nullable String note) {
        this.claimId = claimId;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.note = note;
    }

    public long claimId() {
        return claimId;
    }

    public ClaimState fromState() {
        return fromState;
    }

    public ClaimState toState() {
        return toState;
    }

    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public @Nullable String note() {
        return note;
    }
}
