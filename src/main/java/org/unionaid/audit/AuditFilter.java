package org.unionaid.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Filter of the audit trail screen; every field optional. */
public record AuditFilter(
        @Nullable String actor,
        @Nullable String entityType,
        @Nullable String entityId,
        @Nullable String action,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
