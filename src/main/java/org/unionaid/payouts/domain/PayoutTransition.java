package org.unionaid.payouts.domain;

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
import org.unionaid.payouts.PayoutState;
import org.unionaid.payouts.PayoutTransitionView;

/** One line of a payout's history (append-only). */
@Entity
@Table(name = "payout_transition")
public class PayoutTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "payout_id")
    private long payoutId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private @Nullable PayoutState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private PayoutState toState;

    private String action;

    private String actor;

    @Column(name = "actor_id")
    private @Nullable Long actorId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private @Nullable String reason;

    @Column(name = "approval_round")
    private int approvalRound;

    protected PayoutTransition() {
        this.toState = PayoutState.PROPOSED;
        this.action = "";
        this.actor = "";
        this.occurredAt = Instant.EPOCH;
    }

    PayoutTransition(long payoutId, @Nullable PayoutState fromState, PayoutState toState, String action, String actor,
                     @Nullable Long actorId, Instant occurredAt, @Nullable String reason) {
        this.payoutId = payoutId;
        this.fromState = fromState;
        this.toState = toState;
        this.action = action;
        this.actor = actor;
        this.actorId = actorId;
        this.occurredAt = occurredAt;
        this.reason = reason;
    }

    PayoutTransition inRound(int round) {
        this.approvalRound = round;
        return this;
    }

    public @Nullable PayoutState fromState() { return fromState; }
    public PayoutState toState() { return toState; }
    public String action() { return action; }
    public @Nullable String reason() { return reason; }

    public PayoutTransitionView toView() {
        return new PayoutTransitionView(fromState, toState, action, actor, occurredAt, reason);
    }
}
