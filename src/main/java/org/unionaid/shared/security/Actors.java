package org.unionaid.shared.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Access to the {@link Actor} of the current request. */
public final class Actors {

    private Actors() {
    }

    public static Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    /** The current actor; fails when nobody is signed in (a programming error behind a secured URL). */
    public static Actor required() {
        return current().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

    /** The name recorded in the audit trail: the username, or "system" for scheduled jobs and start-up. */
    public static String currentName() {
        return current().map(Actor::username).orElse("system");
    }
}
