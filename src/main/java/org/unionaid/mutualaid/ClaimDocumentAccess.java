package org.unionaid.mutualaid;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.unionaid.documents.DocumentOwnerAccess;

/** A claim's invoices and certificates inherit the claim's access: the claimant, claims staff of its scope. */
@Component
class ClaimDocumentAccess implements DocumentOwnerAccess {

    private final ClaimQueries claimQueries;

    ClaimDocumentAccess(ClaimQueries claimQueries) {
        this.claimQueries = claimQueries;
    }

    @Override
    public Set<String> ownerTypes() {
        return Set.of(Claims.DOCUMENT_OWNER);
    }

    @Override
    public boolean mayOpen(String ownerType, long ownerId) {
        return claimQueries.visible(ownerId);
    }
}
