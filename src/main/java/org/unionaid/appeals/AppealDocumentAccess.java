package org.unionaid.appeals;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.unionaid.documents.DocumentOwnerAccess;

/** An appeal's documents inherit the appeal's access: its worker, and staff who read its subject kind in scope. */
@Component
class AppealDocumentAccess implements DocumentOwnerAccess {

    private final Appeals appeals;

    AppealDocumentAccess(Appeals appeals) {
        this.appeals = appeals;
    }

    @Override
    public Set<String> ownerTypes() {
        return Set.of(Appeals.OWNER_TYPE);
    }

    @Override
    public boolean mayOpen(String ownerType, long ownerId) {
        return appeals.visible(ownerId);
    }
}
