package org.unionaid.hardship.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.unionaid.hardship.DuplicateReason;
import org.unionaid.hardship.LeadSource;
import org.unionaid.hardship.LeadState;
import org.unionaid.hardship.LeadView;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.NationalId;
import org.unionaid.shared.crypto.EncryptedStringConverter;

/**
 * A screening lead. Each transition is one method that checks the current state; anything else is
 * refused with {@code lead.transition.illegal}.
 */
@Entity
@Table(name = "lead")
public class Lead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "branch_id")
    private long branchId;

    @Enumerated(EnumType.STRING)
    private LeadSource source;

    @Enumerated(EnumType.STRING)
    private LeadState state = LeadState.NEW;

    @Column(name = "person_name")
    private String personName;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "national_id_enc")
    private @Nullable String nationalId;

    @Column(name = "national_id_hash")
    private @Nullable String nationalIdHash;

    @Column(name = "national_id_masked")
    private @Nullable String nationalIdMasked;

    private @Nullable String phone;
    private @Nullable String address;
    private String situation;

    @Column(name = "reporter_user_id")
    private @Nullable Long reporterUserId;

    @Column(name = "reporter_contact")
    private @Nullable String reporterContact;

    @Column(name = "worker_id")
    private @Nullable Long workerId;

    @Column(name = "assigned_to_user_id")
    private @Nullable Long assignedToUserId;

    @Enumerated(EnumType.STRING)
    @Column(name = "duplicate_reason")
    private @Nullable DuplicateReason duplicateReason;

    @Column(name = "duplicate_of_lead_id")
    private @Nullable Long duplicateOfLeadId;

    @Column(name = "outcome_note")
    private @Nullable String outcomeNote;

    @Column(name = "file_id")
    private @Nullable Long fileId;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    private Instant updatedAt = Instant.now();

    protected Lead() {
        this.source = LeadSource.CASEWORKER;
        this.personName = "";
        this.situation = "";
    }

    public Lead(long branchId, LeadSource source, String personName, @Nullable NationalId nationalId,
                @Nullable String nationalIdHash, @Nullable String phone, @Nullable String address, String situation,
                @Nullable Long reporterUserId, @Nullable String reporterContact, @Nullable Long workerId) {
        this.branchId = branchId;
        this.source = source;
        this.personName = personName;
        if (nationalId != null) {
            this.nationalId = nationalId.value();
            this.nationalIdHash = nationalIdHash;
            this.nationalIdMasked = nationalId.masked();
        }
        this.phone = phone;
        this.address = address;
        this.situation = situation;
        this.reporterUserId = reporterUserId;
        this.reporterContact = reporterContact;
        this.workerId = workerId;
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public void flagDuplicate(DuplicateReason reason, @Nullable Long ofLeadId) {
        this.duplicateReason = reason;
        this.duplicateOfLeadId = ofLeadId;
    }

    /** Links the lead to the registry record of the person it concerns (once). */
    public void linkWorker(long registeredWorkerId) {
        require(state == LeadState.ASSIGNED || state == LeadState.VERIFYING, "register");
        if (workerId != null && workerId != registeredWorkerId) {
            throw new BusinessRuleException("lead.register.alreadyLinked");
        }
        this.workerId = registeredWorkerId;
    }

    /** NEW or ASSIGNED → ASSIGNED (a reassignment keeps the lead assigned). */
    public void assignTo(long caseworkerUserId) {
        require(state == LeadState.NEW || state == LeadState.ASSIGNED || state == LeadState.VERIFYING, "assign");
        this.assignedToUserId = caseworkerUserId;
        if (state == LeadState.NEW) {
            state = LeadState.ASSIGNED;
        }
    }

    /** ASSIGNED → VERIFYING, when the first visit is recorded; later visits keep it VERIFYING. */
    public void startVerification() {
        require(state == LeadState.ASSIGNED || state == LeadState.VERIFYING, "verify");
        state = LeadState.VERIFYING;
    }

    /** VERIFYING → FILED: a hardship file was opened from it. */
    public void markFiled(long hardshipFileId) {
        require(state == LeadState.VERIFYING, "file");
        state = LeadState.FILED;
        fileId = hardshipFileId;
    }

    /** ASSIGNED or VERIFYING → REFERRED: not eligible for a file, other help arranged (what, in the note). */
    public void refer(String note) {
        require(state == LeadState.ASSIGNED || state == LeadState.VERIFYING, "refer");
        state = LeadState.REFERRED;
        outcomeNote = note;
    }

    /** Any open state → DISMISSED, with the reason. */
    public void dismiss(String reason) {
        require(state.isOpen(), "dismiss");
        state = LeadState.DISMISSED;
        outcomeNote = reason;
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new BusinessRuleException("lead.transition.illegal",
                    new DefaultMessageSourceResolvable("LeadState." + state.name()),
                    new DefaultMessageSourceResolvable("lead.action." + action));
        }
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("lead not saved yet");
        }
        return id;
    }

    public long branchId() {
        return branchId;
    }

    public LeadState state() {
        return state;
    }

    public @Nullable Long reporterUserId() {
        return reporterUserId;
    }

    public @Nullable Long workerId() {
        return workerId;
    }

    public @Nullable Long assignedToUserId() {
        return assignedToUserId;
    }

    /** The full national ID as reported (decrypted), for registering the person; never shown. */
    public @Nullable String nationalId() {
        return nationalId;
    }

    public String personName() {
        return personName;
    }

    public @Nullable String phone() {
        return phone;
    }

    public @Nullable String address() {
        return address;
    }

    public @Nullable String nationalIdHash() {
        return nationalIdHash;
    }

    public LeadView toView() {
        return new LeadView(id(), branchId, source, state, personName, nationalIdMasked, phone, address, situation,
                reporterUserId, reporterContact, workerId, assignedToUserId, duplicateReason, duplicateOfLeadId,
                outcomeNote, fileId, version, createdAt);
    }
}
