package org.unionaid.notices.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.unionaid.notices.ObjectionFinding;
import org.unionaid.notices.ObjectionState;
import org.unionaid.notices.ObjectionSubject;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.crypto.EncryptedStringConverter;

/** An objection (异议) to an entry of the public notice board; resolved once, with a finding and its reason. */
@Entity
@Table(name = "objection")
public class Objection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", updatable = false)
    private ObjectionSubject subjectType;

    @Column(name = "subject_id", updatable = false)
    private long subjectId;

    @Column(name = "branch_id", updatable = false)
    private long branchId;

    /** Set by the database from the branch (trigger), never by the application. */
    @Column(name = "branch_path", insertable = false, updatable = false)
    private @Nullable String branchPath;

    @Column(name = "subject_label", updatable = false)
    private String subjectLabel;

    @Column(updatable = false)
    private String text;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "objector_name", updatable = false)
    private @Nullable String objectorName;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "objector_contact", updatable = false)
    private @Nullable String objectorContact;

    @Enumerated(EnumType.STRING)
    private ObjectionState state = ObjectionState.OPEN;

    @Enumerated(EnumType.STRING)
    private @Nullable ObjectionFinding finding;

    @Column(name = "finding_reason")
    private @Nullable String findingReason;

    @Column(name = "resolved_by")
    private @Nullable String resolvedBy;

    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    @Column(name = "lodged_at", updatable = false)
    private Instant lodgedAt;

    @Version
    private long version;

    protected Objection() {
        this.subjectType = ObjectionSubject.HARDSHIP_FILE;
        this.text = "";
        this.subjectLabel = "";
        this.lodgedAt = Instant.EPOCH;
    }

    public Objection(ObjectionSubject subjectType, long subjectId, long branchId, String subjectLabel, String text,
                     @Nullable String objectorName, @Nullable String objectorContact, Instant lodgedAt) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.branchId = branchId;
        this.subjectLabel = subjectLabel;
        this.text = text;
        this.objectorName = objectorName;
        this.objectorContact = objectorContact;
        this.lodgedAt = lodgedAt;
    }

    /** Records the finding; an objection is resolved once. */
    public void resolve(ObjectionFinding finding, String reason, String by, Instant at) {
        if (state != ObjectionState.OPEN) {
            throw new BusinessRuleException("objection.alreadyResolved");
        }
        this.state = ObjectionState.RESOLVED;
        this.finding = finding;
        this.findingReason = reason;
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public ObjectionSubject subjectType() {
        return subjectType;
    }

    public long subjectId() {
        return subjectId;
    }

    public long branchId() {
        return branchId;
    }

    public String subjectLabel() {
        return subjectLabel;
    }

    public String text() {
        return text;
    }

    public @Nullable String objectorName() {
        return objectorName;
    }

    public @Nullable String objectorContact() {
        return objectorContact;
    }

    public ObjectionState state() {
        return state;
    }

    public @Nullable ObjectionFinding finding() {
        return finding;
    }

    public @Nullable String findingReason() {
        return findingReason;
    }

    public @Nullable String resolvedBy() {
        return resolvedBy;
    }

    public @Nullable Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant lodgedAt() {
        return lodgedAt;
    }

    public long version() {
        return version;
    }
}
