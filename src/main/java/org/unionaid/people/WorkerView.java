package org.unionaid.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.unionaid.branches.BranchView;
import org.unionaid.shared.NationalId.Sex;

/** A worker's record with household, as shown on the detail page; IDs and bank account masked. */
public record WorkerView(
        long id,
        String name,
        String nationalIdMasked,
        Sex sex,
        LocalDate birthDate,
        @Nullable String phone,
        @Nullable String address,
        @Nullable String employerName,
        BranchView branch,
        @Nullable LocalDate unionMemberSince,
        EmploymentType employmentForm,
        int socialInsuranceMonths,
        @Nullable String bankAccountMasked,
        @Nullable String bankName,
        @Nullable String bankAccountHolder,
        PayoutAccountStatus payoutAccountStatus,
        WorkerType workerType,
        long version,
        HouseholdView household) {
}
