package org.unionaid.people.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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
import org.unionaid.people.EmploymentStatus;
import org.unionaid.people.HealthStatus;
import org.unionaid.people.HouseholdChangeKind;
import org.unionaid.people.HouseholdChangeState;
import org.unionaid.people.MemberDetails;
import org.unionaid.people.Relation;
import org.unionaid.people.SchoolStage;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.NationalId;
import org.unionaid.shared.crypto.EncryptedStringConverter;

/**
 * A worker's own change to a member of their filed household, waiting for a caseworker (PENDING → ACCEPTED |
 * REFUSED). It holds the member's values as the worker entered them; the national ID encrypted and masked.
 */
@Entity
@Table(name = "household_member_change")
public class HouseholdMemberChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "household_id")
    private long householdId;

    @Column(name = "worker_id")
    private long workerId;

    @Column(name = "branch_id")
    private long branchId;

    @Column(name = "member_id")
    private @Nullable Long memberId;

    @Enumerated(EnumType.STRING)
    private HouseholdChangeKind kind = HouseholdChangeKind.ADD;

    @Column(name = "base_version")
    private @Nullable Long baseVersion;

    private String name = "";

    @Enumerated(EnumType.STRING)
    private Relation relation = Relation.OTHER;

    @Column(name = "birth_date")
    private @Nullable LocalDate birthDate;

    private @Nullable Integer age;

    @Enumerated(EnumType.STRING)
    private HealthStatus health = HealthStatus.HEALTHY;

    @Column(name = "disability_grade")
    private @Nullable Integer disabilityGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "school_stage")
    private @Nullable SchoolStage schoolStage;

    @Enumerated(EnumType.STRING)
    private @Nullable EmploymentStatus employment;

    @Column(name = "monthly_income")
    private BigDecimal monthlyIncome = BigDecimal.ZERO;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "national_id_enc")
    private @Nullable String nationalId;

    @Column(name = "national_id_masked")
    private @Nullable String nationalIdMasked;

    @Enumerated(EnumType.STRING)
    private HouseholdChangeState state = HouseholdChangeState.PENDING;

    @Column(name = "requested_by")
    private String requestedBy = "";

    @Column(name = "requested_at")
    private Instant requestedAt = Instant.EPOCH;

    @Column(name = "decided_by")
    private @Nullable String decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decision_reason")
    private @Nullable String decisionReason;

    @Version
    private long version;

    protected HouseholdMemberChange() {
    }

    /** A requested change; {@code member} null for a new member, else the member's id and version it changes. */
    public HouseholdMemberChange(long householdId, long workerId, long branchId, @Nullable HouseholdMember member,
                                 MemberDetails details, @Nullable NationalId id, String requestedBy,
                                 Instant requestedAt) {
        this.householdId = householdId;
        this.workerId = workerId;
        this.branchId = branchId;
        this.kind = member == null ? HouseholdChangeKind.ADD : HouseholdChangeKind.UPDATE;
        this.memberId = member == null ? null : member.id();
        this.baseVersion = member == null ? null : member.version();
        this.name = details.name();
        this.relation = details.relation();
        this.birthDate = details.birthDate();
        this.age = details.birthDate() == null ? details.age() : null;
        this.health = details.health();
        this.disabilityGrade = details.disabilityGrade();
        this.schoolStage = details.schoolStage();
        this.employment = details.employment();
        this.monthlyIncome = details.monthlyIncome();
        if (id != null) {
            this.nationalId = id.value();
            this.nationalIdMasked = id.masked();
            this.birthDate = id.birthDate();
            this.age = null;
        }
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    /** The values to apply, as a member form would give them (the national ID in plain text, for the hash). */
    public MemberDetails details() {
        return new MemberDetails(name, relation, nationalId, birthDate, age, health, disabilityGrade, schoolStage,
                employment, monthlyIncome);
    }

    public void accept(String by, Instant at) {
        decide(HouseholdChangeState.ACCEPTED, by, at, null);
    }

    public void refuse(String by, Instant at, String reason) {
        decide(HouseholdChangeState.REFUSED, by, at, reason);
    }

    private void decide(HouseholdChangeState to, String by, Instant at, @Nullable String reason) {
        if (state != HouseholdChangeState.PENDING) {
            throw new BusinessRuleException("householdChange.decided");
        }
        this.state = to;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionReason = reason;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("change not saved yet");
        }
        return id;
    }

    public long householdId() { return householdId; }
    public long workerId() { return workerId; }
    public long branchId() { return branchId; }
    public @Nullable Long memberId() { return memberId; }
    public HouseholdChangeKind kind() { return kind; }
    public @Nullable Long baseVersion() { return baseVersion; }
    public String name() { return name; }
    public Relation relation() { return relation; }
    public @Nullable LocalDate birthDate() { return birthDate; }
    public @Nullable Integer age() { return age; }
    public HealthStatus health() { return health; }
    public @Nullable Integer disabilityGrade() { return disabilityGrade; }
    public @Nullable SchoolStage schoolStage() { return schoolStage; }
    public @Nullable EmploymentStatus employment() { return employment; }
    public BigDecimal monthlyIncome() { return monthlyIncome; }
    public @Nullable String nationalIdMasked() { return nationalIdMasked; }
    public HouseholdChangeState state() { return state; }
    public String requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public @Nullable String decidedBy() { return decidedBy; }
    public @Nullable Instant decidedAt() { return decidedAt; }
    public @Nullable String decisionReason() { return decisionReason; }
    public long version() { return version; }
}
