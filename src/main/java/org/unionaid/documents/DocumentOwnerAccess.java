package org.unionaid.documents;

import java.util.Set;

/**
 * Implemented by each module that stores documents: whether the current user may open a document of one
 * of its owner records. A document inherits the access of the record it belongs to, so the owner module
 * applies its own role and scope rules (docs/security.md). A document whose owner type no module claims
 * is opened by nobody.
 */
public interface DocumentOwnerAccess {

    /** The owner types this module stores documents under ({@code LEAD}, {@code CLAIM}, …). */
    Set<String> ownerTypes();

    /** Whether the signed-in user may see the documents of this owner record. */
    boolean mayOpen(String ownerType, long ownerId);
}
