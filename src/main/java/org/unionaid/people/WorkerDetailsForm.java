package org.unionaid.people;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.unionaid.shared.ValidNationalId;

/**
 * A worker's registry details as a web form binds them, with the registry's rules and messages: the one form type
 * of every page that registers or edits a worker — the registry's own page ({@code people.web.WorkerForm} adds the
 * branch, the bank account and the version) and the registration of a verified lead's person
 * ({@code hardship.web.RegisterWorkerForm}, the lead's branch). Whoever registers a worker, the registry accepts the
 * same details (decision 36).
 */
public class WorkerDetailsForm {

    /** Mobile or landline: digits, optionally with +, - and spaces. */
    public static final String PHONE = "[0-9+\\- ]{5,20}";

    @ValidNationalId
    private @Nullable String nationalId;

    @NotBlank(message = "{worker.name.required}")
    @Size(max = 100, message = "{worker.name.tooLong}")
    private @Nullable String name;

    @Pattern(regexp = PHONE, message = "{worker.phone.invalid}")
    private @Nullable String phone;

    @Size(max = 300, message = "{worker.address.tooLong}")
    private @Nullable String address;

    @Size(max = 200, message = "{worker.employerName.tooLong}")
    private @Nullable String employerName;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PastOrPresent(message = "{worker.unionMemberSince.future}")
    private @Nullable LocalDate unionMemberSince;

    @NotNull(message = "{worker.employmentForm.required}")
    private @Nullable EmploymentType employmentForm = EmploymentType.CONTRACT;

    @NotNull(message = "{worker.socialInsuranceMonths.invalid}")
    @Min(value = 0, message = "{worker.socialInsuranceMonths.invalid}")
    @Max(value = 1200, message = "{worker.socialInsuranceMonths.invalid}")
    private @Nullable Integer socialInsuranceMonths = 0;

    @NotNull(message = "{worker.workerType.required}")
    private @Nullable WorkerType workerType = WorkerType.URBAN;

    /** The months of social insurance, 0 when none was given. */
    protected int months() {
        return socialInsuranceMonths == null ? 0 : socialInsuranceMonths;
    }

    public @Nullable String getNationalId() {
        return nationalId;
    }

    public void setNationalId(@Nullable String nationalId) {
        this.nationalId = nationalId;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public void setAddress(@Nullable String address) {
        this.address = address;
    }

    public @Nullable String getEmployerName() {
        return employerName;
    }

    public void setEmployerName(@Nullable String employerName) {
        this.employerName = employerName;
    }

    public @Nullable LocalDate getUnionMemberSince() {
        return unionMemberSince;
    }

    public void setUnionMemberSince(@Nullable LocalDate unionMemberSince) {
        this.unionMemberSince = unionMemberSince;
    }

    public @Nullable EmploymentType getEmploymentForm() {
        return employmentForm;
    }

    public void setEmploymentForm(@Nullable EmploymentType employmentForm) {
        this.employmentForm = employmentForm;
    }

    public @Nullable Integer getSocialInsuranceMonths() {
        return socialInsuranceMonths;
    }

    public void setSocialInsuranceMonths(@Nullable Integer socialInsuranceMonths) {
        this.socialInsuranceMonths = socialInsuranceMonths;
    }

    public @Nullable WorkerType getWorkerType() {
        return workerType;
    }

    public void setWorkerType(@Nullable WorkerType workerType) {
        this.workerType = workerType;
    }
}
