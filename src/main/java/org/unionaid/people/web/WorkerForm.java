package org.unionaid.people.web;

import java.util.Objects;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;
import org.unionaid.people.WorkerDetails;
import org.unionaid.people.WorkerDetailsForm;
import org.unionaid.people.WorkerView;

/**
 * The register / edit worker form: the registry's details ({@link WorkerDetailsForm}) with the branch, the bank
 * account and the version. On an edit the national ID and bank account start empty (they are never sent to the
 * browser unmasked) and stay as stored unless something is typed.
 */
public class WorkerForm extends WorkerDetailsForm {

    @NotNull(message = "{worker.branch.required}")
    private @Nullable Long branchId;

    @Pattern(regexp = "[0-9 ]{8,40}", message = "{worker.bankAccount.invalid}")
    private @Nullable String bankAccount;

    private long version;


    static WorkerForm of(WorkerView w) {
        WorkerForm form = new WorkerForm();
        form.setName(w.name());
        form.setPhone(w.phone());
        form.setAddress(w.address());
        form.setEmployerName(w.employerName());
        form.branchId = w.branch().id();
        form.setUnionMemberSince(w.unionMemberSince());
        form.setEmploymentForm(w.employmentForm());
        form.setSocialInsuranceMonths(w.socialInsuranceMonths());
        form.setWorkerType(w.workerType());
        form.version = w.version();
        return form;
    }

    WorkerDetails toDetails() {
        return new WorkerDetails(getNationalId(), Objects.requireNonNull(getName()), getPhone(), getAddress(),
                getEmployerName(), Objects.requireNonNull(branchId), getUnionMemberSince(),
                Objects.requireNonNull(getEmploymentForm()), months(), bankAccount,
                Objects.requireNonNull(getWorkerType()));
    }

    public @Nullable Long getBranchId() {
        return branchId;
    }

    public void setBranchId(@Nullable Long branchId) {
        this.branchId = branchId;
    }

    public @Nullable String getBankAccount() {
        return bankAccount;
    }

    public void setBankAccount(@Nullable String bankAccount) {
        this.bankAccount = bankAccount;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
