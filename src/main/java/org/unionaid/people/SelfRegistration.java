package org.unionaid.people;

import org.jspecify.annotations.Nullable;

/** What a worker gives when registering themselves (the password is passed on, never stored here). */
public record SelfRegistration(String name, String nationalId, @Nullable String phone, long branchId,
                               String username, String password, @Nullable String email) {

    @Override
    public String toString() {
        return "SelfRegistration[" + username + "]";
    }
}
