package org.unionaid.appeals.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

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
import org.unionaid.appeals.AppealState;
import org.unionaid.appeals.AppealSubjectType;
import org.unionaid.shared.BusinessRuleException;

/**
 * An appeal against a refusal. It is decided once, by someone other than the one who refused
 * ({@value #OWN_REFUSAL}; the table's CHECK {@code appeal_decider_not_refuser} says the same).
 */
@Entity
@Table(name = "appeal")
public class Appeal {

    public static final String OWN_REFUSAL = "appeal.decide.ownRefusal";
    public static final String DECIDED = "appeal.decide.alreadyDecided";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type")
    private AppealSubjectType subjectType;

    @Column(name = "subject_id")
    private long subjectId;

    @Column(name = "subject_reference")
    private String subjectReference;

    @Column(name = "branch_id")
    private long branchId;

    @Column(name = "appellant_worker_id")
    private long workerId;

    @Column(name = "lodged_by")
    private String lodgedBy;

    private String reason;

    @Enumerated(EnumType.STRING)
    private AppealState state;

    @Column(name = "refused_by")
    private String refusedBy;

    @Column(name = "refused_at")
    private Instant refusedAt;

    @Column(name = "decided_by")
    private @Nullable String decidedBy;

    @Column(name = "decision_reason")
    private @Nullable String decisionReason;

    @Column(name = "lodged_at")
    private Instant lodgedAt;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Version
    private long version;

    protected Appeal() {
        this.reference = "";
        this.subjectType = AppealSubjectType.APPLICATION;
        this.subjectReference = "";
        this.lodgedBy = "";
        this.reason = "";
        this.state = AppealState.OPEN;
        this.refusedBy = "";
        this.refusedAt = Instant.EPOCH;
        this.lodgedAt = Instant.EPOCH;
        this.dueOn = LocalDate.EPOCH;
    }

    public Appeal(String reference, AppealSubjectType subjectType, long subjectId, String subjectReference,
                  long branchId, long workerId, String lodgedBy, String reason, String refusedBy, Instant refusedAt,
                  Instant lodgedAt, LocalDate dueOn) {
        this();
        this.reference = reference;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.subjectReference = subjectReference;
        this.branchId = branchId;
        this.workerId = workerId;
        this.lodgedBy = lodgedBy;
        this.reason = reason;
        this.refusedBy = refusedBy;
        this.refusedAt = refusedAt;
        this.lodgedAt = lodgedAt;
        this.dueOn = dueOn;
    }

    /** Whether this staff member made the refusal appealed against (and so may not decide). */
    public boolean refusedBy(String username) {
        return refusedBy.equalsIgnoreCase(username);
    }

    /** Decides the appeal: UPHELD or DISMISSED, with a reason, by someone other than the refuser. */
    public void decide(AppealState outcome, String reason, String decider, Instant at) {
        if (!outcome.decided()) {
            throw new IllegalArgumentException("an appeal is decided UPHELD or DISMISSED, not " + outcome);
        }
        if (state.decided()) {
            throw new BusinessRuleException(DECIDED, state.name());
        }
        if (refusedBy(decider)) {
            throw new BusinessRuleException(OWN_REFUSAL);
        }
        this.state = outcome;
        this.decisionReason = reason;
        this.decidedBy = decider;
        this.decidedAt = at;
    }

    public boolean overdue(LocalDate today) {
        return state == AppealState.OPEN && dueOn.isBefore(today);
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public String reference() { return reference; }
    public AppealSubjectType subjectType() { return subjectType; }
    public long subjectId() { return subjectId; }
    public String subjectReference() { return subjectReference; }
    public long branchId() { return branchId; }
    public long workerId() { return workerId; }
    public String lodgedBy() { return lodgedBy; }
    public String reason() { return reason; }
    public AppealState state() { return state; }
    public String refusedBy() { return refusedBy; }
    public Instant refusedAt() { return refusedAt; }
    public @Nullable String decidedBy() { return decidedBy; }
    public @Nullable String decisionReason() { return decisionReason; }
    public Instant lodgedAt() { return lodgedAt; }
    public @Nullable Instant decidedAt() { return decidedAt; }
    public LocalDate dueOn() { return dueOn; }
    public long version() { return version; }
}
