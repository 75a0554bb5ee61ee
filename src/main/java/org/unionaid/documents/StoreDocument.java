package org.unionaid.documents;

import org.jspecify.annotations.Nullable;

/**
 * A document to store.
 *
 * @param ownerType the owning record's type, e.g. {@code LEAD}, {@code VISIT}, {@code CLAIM}
 * @param branchId the branch of the owning record: whoever may see that branch may open the document
 * @param workerId the worker the document concerns, who may open it too (null when none)
 */
public record StoreDocument(String ownerType, long ownerId, long branchId, @Nullable Long workerId,
                            DocumentKind kind, String originalName, byte[] bytes) {
}
