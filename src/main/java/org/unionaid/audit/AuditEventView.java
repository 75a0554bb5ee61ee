package org.unionaid.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One row of the audit trail as shown to auditors. */
public record AuditEventView(
        long id,
        Instant occurredAt,
        String actor,
        String entityType,
        @Nullable String entityId,
        String action,
        @Nullable Long branchId,
        @Nullable String before,
        @Nullable String after,
        @Nullable String reason) {
}
