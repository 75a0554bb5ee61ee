package org.unionaid.documents;

import java.time.Instant;

/** A stored document without its bytes. */
public record DocumentView(long id, String ownerType, long ownerId, DocumentKind kind, String originalName,
                           String mediaType, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
