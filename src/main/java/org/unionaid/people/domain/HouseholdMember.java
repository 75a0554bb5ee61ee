package org.unionaid.people.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.unionaid.people.EmploymentStatus;
import org.unionaid.people.HealthStatus;
import org.unionaid.people.MemberDetails;
import org.unionaid.people.Relation;
import org.unionaid.people.SchoolStage;
import org.unionaid.shared.NationalId;
import org.unionaid.shared.crypto.EncryptedStringConverter;

/** A member of a worker's household (not the worker). Their national ID is optional. */
@Entity
@Table(name = "household_member")
public class HouseholdMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id")
    private @Nullable Household household;

    private String name;

    @Enumerated(EnumType.STRING)
    private Relation relation;

    @Column(name = "birth_date")
    private @Nullable LocalDate birthDate;

    private @Nullable Integer age;

    @Enumerated(EnumType.STRING)
    private HealthStatus health;

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

    @Column(name = "national_id_hash")
    private @Nullable String nationalIdHash;

    @Column(name = "national_id_masked")
    private @Nullable String nationalIdMasked;

    @Version
    private long version;

    @Column(name = "created_at", insertable = false, updatable = false)
    private @Nullable Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt = Instant.now();

    protected HouseholdMember() {
        this.name = "";
        this.relation = Relation.OTHER;
        this.health = HealthStatus.HEALTHY;
    }

    public HouseholdMember(MemberDetails details, @Nullable NationalId id, @Nullable String idHash) {
        this();
        apply(details);
        if (id != null && idHash != null) {
            changeNationalId(id, idHash);
        }
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    void joinHousehold(Household owner) {
        this.household = owner;
    }

    /**
     * Everything but the national ID. A member with an ID keeps the birth date the ID gives; otherwise the
     * typed birth date, or else the typed age, is kept.
     */
    public void apply(MemberDetails details) {
        this.name = details.name();
        this.relation = details.relation();
        this.health = details.health();
        this.disabilityGrade = details.disabilityGrade();
        this.schoolStage = details.schoolStage();
        this.employment = details.employment();
        this.monthlyIncome = details.monthlyIncome();
        if (nationalId == null) {
            this.birthDate = details.birthDate();
            this.age = birthDate == null ? details.age() : null;
        }
    }

    public void changeNationalId(NationalId id, String idHash) {
        this.nationalId = id.value();
        this.nationalIdHash = idHash;
        this.nationalIdMasked = id.masked();
        this.birthDate = id.birthDate();
        this.age = null;
    }

    public @Nullable Integer ageOn(LocalDate day) {
        return birthDate != null ? Integer.valueOf(Period.between(birthDate, day).getYears()) : age;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("member not saved yet");
        }
        return id;
    }

    public String name() {
        return name;
    }

    public Relation relation() {
        return relation;
    }

    public @Nullable LocalDate birthDate() {
        return birthDate;
    }

    public HealthStatus health() {
        return health;
    }

    public @Nullable Integer disabilityGrade() {
        return disabilityGrade;
    }

    public @Nullable SchoolStage schoolStage() {
        return schoolStage;
    }

    public @Nullable EmploymentStatus employment() {
        return employment;
    }

    public BigDecimal monthlyIncome() {
        return monthlyIncome;
    }

    public @Nullable String nationalIdMasked() {
        return nationalIdMasked;
    }

    public long version() {
        return version;
    }
}
