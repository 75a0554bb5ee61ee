package org.unionaid.support;

import java.util.function.Supplier;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.shared.security.RunAs;

/** Runs facade calls as a given user, the way a signed-in request would. */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(UserDetailsService users, String username, Supplier<T> action) {
        return RunAs.as(users, username, action);
    }

    public static void run(UserDetailsService users, String username, Runnable action) {
        as(users, username, () -> {
            action.run();
            return null;
        });
    }
}
