package org.unionaid.mutualaid;

import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;

/**
 * One staff member to enrol: matched by national ID in the registry, or registered with these details; with a
 * number of shares (null: one).
 */
public record EnrolStaff(@NotBlank String name, @NotBlank String nationalId, @Nullable String phone,
                         @NotBlank String planCode, @Nullable Integer shares) {

    /** One share. */
    public EnrolStaff(String name, String nationalId, @Nullable String phone, String planCode) {
        this(name, nationalId, phone, planCode, null);
    }

    public int sharesOrOne() {
        return shares == null ? 1 : shares;
    }

    @Override
    public String toString() {
        return "EnrolStaff[" + planCode + "]";
    }
}
