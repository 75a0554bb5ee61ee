package org.unionaid.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.unionaid.shared.NationalId.Sex;

/** A row of the worker search: the national ID only masked. */
public record WorkerSummary(long id, String name, String nationalIdMasked, Sex sex, LocalDate birthDate,
                            @Nullable String phone, long branchId, EmploymentType employmentForm,
                            WorkerType workerType) {
}
