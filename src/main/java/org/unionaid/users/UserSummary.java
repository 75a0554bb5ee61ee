package org.unionaid.users;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.unionaid.shared.security.Role;

/** A user account as listed on the SYSADMIN pages. */
public record UserSummary(long id, String username, String displayName, long branchId, Set<Role> roles,
                          @Nullable String email, boolean enabled, boolean locked, @Nullable Instant lockedUntil,
                          @Nullable Instant lastLoginAt, @Nullable Long workerId, @Nullable String locale,
                          long version) {
}
