package org.unionaid.hardship;

import org.unionaid.documents.DocumentKind;

/** A file the user attached to a form. */
public record Upload(DocumentKind kind, String originalName, byte[] bytes) {
}
