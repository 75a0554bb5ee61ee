/**
 * Uploaded documents (photos, certificates, invoices, consent forms): checked by their content with
 * Apache Tika (never by the file name alone), size-limited, checksummed (SHA-256) and stored in
 * PostgreSQL. Each document belongs to an owner record of another module (a lead, a visit, a claim…)
 * and to a branch; only users whose scope covers that branch, or the worker it concerns, may open it.
 * Public API: {@link org.unionaid.documents.DocumentManagement}.
 */
@NullMarked
package org.unionaid.documents;

import org.jspecify.annotations.NullMarked;
