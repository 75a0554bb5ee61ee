/**
 * Uploaded documents (photos, certificates, invoices, consent forms): checked by their content with
 * Apache Tika (never by the file name alone), size-limited, checksummed (SHA-256) and stored in
 * PostgreSQL. Each document belongs to an owner record of another module (a lead, a visit, a claim…)
 * and to a branch; it inherits the access of that owner record, which the owner module answers through
 * {@link org.unionaid.documents.DocumentOwnerAccess} (docs/security.md).
 * Public API: {@link org.unionaid.documents.Documents}.
 */
@ApplicationModule(allowedDependencies = {"audit", "branches", "shared"})
@NullMarked
package org.unionaid.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
