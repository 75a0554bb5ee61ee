package org.unionaid.programmes;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.unionaid.documents.DocumentOwnerAccess;

/**
 * An application's documents inherit the application's access: staff of its scope, the applicant, and a
 * PARTNER only when it funds the programme.
 */
@Component
class ApplicationDocumentAccess implements DocumentOwnerAccess {

    private final Applications applications;

    ApplicationDocumentAccess(Applications applications) {
        this.applications = applications;
    }

    @Override
    public Set<String> ownerTypes() {
        return Set.of(Applications.OWNER_TYPE);
    }

    @Override
    public boolean mayOpen(String ownerType, long ownerId) {
        return applications.visible(ownerId);
    }
}
