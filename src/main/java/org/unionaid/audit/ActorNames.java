package org.unionaid.audit;

import java.util.Collection;
import java.util.Map;

/**
 * The display names of the users an audit page shows, by username. The audit module records usernames and
 * knows no accounts; the users module, which depends on audit, provides the implementation (one read per page).
 */
public interface ActorNames {

    /** Display names of these usernames; a username with no account (a job, a deleted user) is absent. */
    Map<String, String> namesOf(Collection<String> usernames);
}
