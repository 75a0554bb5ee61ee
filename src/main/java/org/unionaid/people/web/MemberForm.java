package org.unionaid.people.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.unionaid.people.EmploymentStatus;
import org.unionaid.people.HealthStatus;
import org.unionaid.people.HouseholdMemberView;
import org.unionaid.people.MemberDetails;
import org.unionaid.people.Relation;
import org.unionaid.people.SchoolStage;
import org.unionaid.shared.ValidNationalId;

/** A household member; a national ID, a birth date or an age must be given. */
public class MemberForm {

    @NotBlank(message = "{worker.name.required}")
    @Size(max = 100, message = "{worker.name.tooLong}")
    private @Nullable String name;

    @NotNull(message = "{member.relation.required}")
    private @Nullable Relation relation;

    @ValidNationalId
    private @Nullable String nationalId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PastOrPresent(message = "{member.birthDate.future}")
    private @Nullable LocalDate birthDate;

    @Min(value = 0, message = "{member.age.invalid}")
    @Max(value = 150, message = "{member.age.invalid}")
    private @Nullable Integer age;

    @NotNull(message = "{member.health.required}")
    private @Nullable HealthStatus health = HealthStatus.HEALTHY;

    @Min(value = 1, message = "{member.disabilityGrade.invalid}")
    @Max(value = 4, message = "{member.disabilityGrade.invalid}")
    private @Nullable Integer disabilityGrade;

    private @Nullable SchoolStage schoolStage;

    private @Nullable EmploymentStatus employment;

    @NotNull(message = "{household.amount.invalid}")
    @DecimalMin(value = "0", message = "{household.amount.invalid}")
    @Digits(integer = 12, fraction = 2, message = "{household.amount.invalid}")
    private @Nullable BigDecimal monthlyIncome = BigDecimal.ZERO;

    private long version;

    /** Whether the member has an ID on record already (an edit may leave the ID field empty then). */
    private boolean hasNationalId;

    @AssertTrue(message = "{member.ageOrBirthDate.required}")
    public boolean isAgeKnown() {
        return hasNationalId || (nationalId != null && !nationalId.isBlank()) || birthDate != null || age != null;
    }

    static MemberForm of(HouseholdMemberView m) {
        MemberForm form = new MemberForm();
        form.name = m.name();
        form.relation = m.relation();
        form.hasNationalId = m.nationalIdMasked() != null;
        form.birthDate = form.hasNationalId ? null : m.birthDate();
        form.age = m.birthDate() == null ? m.age() : null;
        form.health = m.health();
        form.disabilityGrade = m.disabilityGrade();
        form.schoolStage = m.schoolStage();
        form.employment = m.employment();
        form.monthlyIncome = m.monthlyIncome();
        form.version = m.version();
        return form;
    }

    MemberDetails toDetails() {
        return new MemberDetails(java.util.Objects.requireNonNull(name), java.util.Objects.requireNonNull(relation),
                nationalId, birthDate, age, java.util.Objects.requireNonNull(health), disabilityGrade, schoolStage,
                employment, monthlyIncome == null ? BigDecimal.ZERO : monthlyIncome);
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable Relation getRelation() {
        return relation;
    }

    public void setRelation(@Nullable Relation relation) {
        this.relation = relation;
    }

    public @Nullable String getNationalId() {
        return nationalId;
    }

    public void setNationalId(@Nullable String nationalId) {
        this.nationalId = nationalId;
    }

    public @Nullable LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(@Nullable LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public @Nullable Integer getAge() {
        return age;
    }

    public void setAge(@Nullable Integer age) {
        this.age = age;
    }

    public @Nullable HealthStatus getHealth() {
        return health;
    }

    public void setHealth(@Nullable HealthStatus health) {
        this.health = health;
    }

    public @Nullable Integer getDisabilityGrade() {
        return disabilityGrade;
    }

    public void setDisabilityGrade(@Nullable Integer disabilityGrade) {
        this.disabilityGrade = disabilityGrade;
    }

    public @Nullable SchoolStage getSchoolStage() {
        return schoolStage;
    }

    public void setSchoolStage(@Nullable SchoolStage schoolStage) {
        this.schoolStage = schoolStage;
    }

    public @Nullable EmploymentStatus getEmployment() {
        return employment;
    }

    public void setEmployment(@Nullable EmploymentStatus employment) {
        this.employment = employment;
    }

    public @Nullable BigDecimal getMonthlyIncome() {
        return monthlyIncome;
    }

    public void setMonthlyIncome(@Nullable BigDecimal monthlyIncome) {
        this.monthlyIncome = monthlyIncome;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public boolean isHasNationalId() {
        return hasNationalId;
    }

    public void setHasNationalId(boolean hasNationalId) {
        this.hasNationalId = hasNationalId;
    }
}
