package org.unionaid.mutualaid;

import org.jspecify.annotations.Nullable;

/** One staff member to enrol: matched by national ID in the registry, or registered with these details. */
public record EnrolStaff(String name, String nationalId, @Nullable String phone, String planCode) {

    @Override
    public String toString() {
        return "EnrolStaff[" + planCode + "]";
    }
}
