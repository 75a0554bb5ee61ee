package org.unionaid.hardship;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.unionaid.documents.DocumentOwnerAccess;

/** Lead photos and visit documents inherit the access of their lead (see {@link Leads#mayOpenDocumentOf}). */
@Component
class LeadDocumentAccess implements DocumentOwnerAccess {

    private final Leads leads;

    LeadDocumentAccess(Leads leads) {
        this.leads = leads;
    }

    @Override
    public Set<String> ownerTypes() {
        return Set.of(Leads.OWNER_LEAD, Leads.OWNER_VISIT);
    }

    @Override
    public boolean mayOpen(String ownerType, long ownerId) {
        return leads.mayOpenDocumentOf(ownerType, ownerId);
    }
}
