package org.unionaid.wishes;

import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.unionaid.branches.Branches;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Role;
import org.unionaid.wishes.domain.Wish;

/**
 * Who may do what with a wish (docs/wishes.md): its worker sees it; CASEWORKER, ADMIN, AUDITOR and PARTNER users
 * read the board of their branch subtree; CASEWORKERs of the subtree approve and post for workers; donors
 * (PARTNER, CASEWORKER, ADMIN of the subtree) claim; only the donor who claimed records the delivery.
 */
@Component
class WishAccess {

    static final Set<Role> BOARD_READERS = Set.of(Role.CASEWORKER, Role.ADMIN, Role.AUDITOR, Role.PARTNER);
    static final Set<Role> DONORS = Set.of(Role.PARTNER, Role.CASEWORKER, Role.ADMIN);
    /** Staff who see the worker's full name (they read the registry in scope). */
    static final Set<Role> NAME_READERS = Set.of(Role.CASEWORKER, Role.ADMIN, Role.AUDITOR);

    private final Branches branches;

    WishAccess(Branches branches) {
        this.branches = branches;
    }

    boolean own(Actor actor, Wish wish) {
        return Objects.equals(actor.workerId(), wish.workerId());
    }

    boolean inScope(Actor actor, Wish wish) {
        return branches.covers(actor.branchId(), wish.branchId());
    }

    /** Sees the wish: its worker; board readers in scope (a wish not yet approved only by staff). */
    boolean maySee(Actor actor, Wish wish) {
        if (own(actor, wish)) {
            return true;
        }
        if (!inScope(actor, wish) || BOARD_READERS.stream().noneMatch(actor::has)) {
            return false;
        }
        boolean onBoard = wish.state() != WishState.SUBMITTED && wish.state() != WishState.REJECTED
                && wish.state() != WishState.WITHDRAWN;
        return onBoard || NAME_READERS.stream().anyMatch(actor::has) || wish.claimedBy(actor.id());
    }

    boolean mayReview(Actor actor, Wish wish) {
        return actor.has(Role.CASEWORKER) && inScope(actor, wish);
    }

    boolean mayClaim(Actor actor, Wish wish) {
        return !own(actor, wish) && DONORS.stream().anyMatch(actor::has) && inScope(actor, wish);
    }

    boolean readsNames(Actor actor, Wish wish) {
        return own(actor, wish) || (NAME_READERS.stream().anyMatch(actor::has) && inScope(actor, wish));
    }
}
