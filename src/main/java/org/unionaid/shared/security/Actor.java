package org.unionaid.shared.security;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in user as every module sees it: who they are, which branch they belong to (their
 * scope is that branch and its descendants) and, for workers, their own worker record.
 */
public interface Actor {

    long id();

    String username();

    long branchId();

    @Nullable Long workerId();

    Set<Role> roles();

    default boolean has(Role role) {
        return roles().contains(role);
    }

    /** Staff see records of their branch subtree; a pure worker (or volunteer) sees only their own. */
    default boolean isStaff() {
        return roles().stream().anyMatch(r -> r != Role.WORKER && r != Role.VOLUNTEER && r != Role.EMPLOYER);
    }
}
