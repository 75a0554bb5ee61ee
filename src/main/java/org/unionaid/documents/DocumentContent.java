package org.unionaid.documents;

/** A document's bytes, for download. */
public record DocumentContent(DocumentView document, byte[] bytes) {
}
