package org.unionaid.mutualaid;

import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;

/** One staff member to enrol: matched by national ID in the registry, or registered with these details. */
public record EnrolStaff(@NotBlank String name, @NotBlank String nationalId, @Nullable String phone,
                         @NotBlank String planCode) {

    @Override
    public String toString() {
        return "EnrolStaff[" + planCode + "]";
    }
}
