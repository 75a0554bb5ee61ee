package org.unionaid.hardship.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.unionaid.hardship.Leads.RegisterFromLead;
import org.unionaid.people.EmploymentType;
import org.unionaid.people.WorkerType;
import org.unionaid.shared.ValidNationalId;

/** Registering a verified lead's person in the registry; a blank ID uses the one reported with the lead. */
public class RegisterWorkerForm {

    @ValidNationalId
    private @Nullable String nationalId;

    @NotBlank(message = "{lead.form.personName.required}")
    @Size(max = 100, message = "{lead.form.tooLong}")
    private @Nullable String name;

    @Pattern(regexp = "^$|^[0-9+\\- ]{7,20}$", message = "{lead.form.phone.format}")
    private @Nullable String phone;

    @Size(max = 300, message = "{lead.form.tooLong}")
    private @Nullable String address;

    @Size(max = 200, message = "{lead.form.tooLong}")
    private @Nullable String employerName;

    @NotNull
    private EmploymentType employmentForm = EmploymentType.CONTRACT;

    @NotNull
    private WorkerType workerType = WorkerType.URBAN;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate unionMemberSince;

    @Min(value = 0, message = "{lead.register.months.range}")
    @Max(value = 600, message = "{lead.register.months.range}")
    private int socialInsuranceMonths;

    static RegisterWorkerForm of(RegisterFromLead draft) {
        RegisterWorkerForm form = new RegisterWorkerForm();
        form.name = draft.name();
        form.phone = draft.phone();
        form.address = draft.address();
        return form;
    }

    RegisterFromLead toCommand() {
        return new RegisterFromLead(nationalId, name == null ? "" : name, phone, address, employerName,
                employmentForm, workerType, unionMemberSince, socialInsuranceMonths);
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

    public EmploymentType getEmploymentForm() {
        return employmentForm;
    }

    public void setEmploymentForm(EmploymentType employmentForm) {
        this.employmentForm = employmentForm;
    }

    public WorkerType getWorkerType() {
        return workerType;
    }

    public void setWorkerType(WorkerType workerType) {
        this.workerType = workerType;
    }

    public @Nullable LocalDate getUnionMemberSince() {
        return unionMemberSince;
    }

    public void setUnionMemberSince(@Nullable LocalDate unionMemberSince) {
        this.unionMemberSince = unionMemberSince;
    }

    public int getSocialInsuranceMonths() {
        return socialInsuranceMonths;
    }

    public void setSocialInsuranceMonths(int socialInsuranceMonths) {
        this.socialInsuranceMonths = socialInsuranceMonths;
    }
}
