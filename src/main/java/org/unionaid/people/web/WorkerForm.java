package org.unionaid.people.web;

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
import org.unionaid.people.EmploymentType;
import org.unionaid.people.WorkerDetails;
import org.unionaid.people.WorkerType;
import org.unionaid.people.WorkerView;
import org.unionaid.shared.ValidNationalId;

/**
 * The register / edit worker form. On an edit the national ID and bank account start empty (they are
 * never sent to the browser unmasked) and stay as stored unless something is typed.
 */
public class WorkerForm {

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

    @NotNull(message = "{worker.branch.required}")
    private @Nullable Long branchId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PastOrPresent(message = "{worker.unionMemberSince.future}")
    private @Nullable LocalDate unionMemberSince;

    @NotNull(message = "{worker.employmentForm.required}")
    private @Nullable EmploymentType employmentForm = EmploymentType.CONTRACT;

    @NotNull(message = "{worker.socialInsuranceMonths.invalid}")
    @Min(value = 0, message = "{worker.socialInsuranceMonths.invalid}")
    @Max(value = 1200, message = "{worker.socialInsuranceMonths.invalid}")
    private @Nullable Integer socialInsuranceMonths = 0;

    @Pattern(regexp = "[0-9 ]{8,40}", message = "{worker.bankAccount.invalid}")
    private @Nullable String bankAccount;

    @NotNull(message = "{worker.workerType.required}")
    private @Nullable WorkerType workerType = WorkerType.URBAN;

    private long version;

    /** Mobile or landline: digits, optionally with +, - and spaces. */
    static final String PHONE = "[0-9+\\- ]{5,20}";

    static WorkerForm of(WorkerView w) {
        WorkerForm form = new WorkerForm();
        form.name = w.name();
        form.phone = w.phone();
        form.address = w.address();
        form.employerName = w.employerName();
        form.branchId = w.branch().id();
        form.unionMemberSince = w.unionMemberSince();
        form.employmentForm = w.employmentForm();
        form.socialInsuranceMonths = w.socialInsuranceMonths();
        form.workerType = w.workerType();
        form.version = w.version();
        return form;
    }

    WorkerDetails toDetails() {
        return new WorkerDetails(nationalId, java.util.Objects.requireNonNull(name), phone, address, employerName,
                java.util.Objects.requireNonNull(branchId), unionMemberSince,
                java.util.Objects.requireNonNull(employmentForm),
                socialInsuranceMonths == null ? 0 : socialInsuranceMonths, bankAccount,
                java.util.Objects.requireNonNull(workerType));
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

    public @Nullable Long getBranchId() {
        return branchId;
    }

    public void setBranchId(@Nullable Long branchId) {
        this.branchId = branchId;
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

    public @Nullable String getBankAccount() {
        return bankAccount;
    }

    public void setBankAccount(@Nullable String bankAccount) {
        this.bankAccount = bankAccount;
    }

    public @Nullable WorkerType getWorkerType() {
        return workerType;
    }

    public void setWorkerType(@Nullable WorkerType workerType) {
        this.workerType = workerType;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
