package org.unionaid.appeals;

import java.util.Set;

import org.unionaid.shared.security.Resource;
import org.unionaid.shared.security.Role;

/**
 * What an appeal is against, with the record kind whose readers read the appeal and the roles that decide it
 * (those that may make the refused decision: reject an application, reject a claim, cancel a file).
 */
public enum AppealSubjectType {
    APPLICATION(Resource.APPLICATION, Set.of(Role.CASEWORKER, Role.ADMIN)),
    CLAIM(Resource.CLAIM, Set.of(Role.CLAIMS_REVIEWER)),
    HARDSHIP_FILE(Resource.HARDSHIP_FILE, Set.of(Role.CASEWORKER));

    private final Resource resource;
    private final Set<Role> deciders;

    AppealSubjectType(Resource resource, Set<Role> deciders) {
        this.resource = resource;
        this.deciders = deciders;
    }

    /** The kind of record appealed against: its staff readers read the appeal (in scope). */
    public Resource resource() {
        return resource;
    }

    /** The roles that decide an appeal of this kind (in scope, never the one who refused). */
    public Set<Role> deciders() {
        return deciders;
    }
}
