package org.unionaid.shared.security;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs facade calls as a given user, through every check a signed-in request meets, then restores whoever was
 * signed in before: the demo data loaders and the tests' {@code SignedIn} and {@code TestPeople}.
 */
public final class RunAs {

    private RunAs() {
    }

    public static <T> T as(UserDetailsService users, String username, Supplier<T> action) {
        return as(users.loadUserByUsername(username), action);
    }

    public static <T> T as(UserDetails user, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
