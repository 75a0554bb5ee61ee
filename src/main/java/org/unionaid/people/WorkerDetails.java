package org.unionaid.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a caseworker enters about a worker (register and edit); sex and birth date come from the ID. On an
 * edit a blank national ID or bank account keeps the stored one (forms never show them unmasked).
 */
public record WorkerDetails(
        @Nullable String nationalId,
        String name,
        @Nullable String phone,
        @Nullable String address,
        @Nullable String employerName,
        long branchId,
        @Nullable LocalDate unionMemberSince,
        EmploymentType employmentForm,
        int socialInsuranceMonths,
        @Nullable String bankAccount,
        WorkerType workerType) {

    /** The few details a worker gives when registering themselves. */
    public static WorkerDetails selfRegistered(String nationalId, String name, @Nullable String phone, long branchId) {
        return new WorkerDetails(nationalId, name, phone, null, null, branchId, null, EmploymentType.CONTRACT, 0,
                null, WorkerType.URBAN);
    }
}
