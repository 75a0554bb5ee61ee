package org.unionaid.programmes;

import org.unionaid.documents.DocumentKind;

/** A file uploaded with an application or an answer to a request for more information. */
public record ApplicationDocument(DocumentKind kind, String originalName, byte[] bytes) {
}
