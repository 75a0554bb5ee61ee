package org.unionaid.audit;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One audited change. {@code before} and {@code after} hold the changed fields only (a map rendered as
 * JSON); {@code branchId} is the branch the record belongs to, so auditors see only their scope.
 */
public record AuditEntry(
        String entityType,
        @Nullable String entityId,
        String action,
        @Nullable Long branchId,
        @Nullable Map<String, ?> before,
        @Nullable Map<String, ?> after,
        @Nullable String reason) {

    public static AuditEntry of(String entityType, Object entityId, String action, @Nullable Long branchId) {
        return new AuditEntry(entityType, String.valueOf(entityId), action, branchId, null, null, null);
    }

    public AuditEntry withBefore(Map<String, ?> values) {
        return new AuditEntry(entityType, entityId, action, branchId, values, after, reason);
    }

    public AuditEntry withAfter(Map<String, ?> values) {
        return new AuditEntry(entityType, entityId, action, branchId, before, values, reason);
    }

    public AuditEntry withReason(@Nullable String why) {
        return new AuditEntry(entityType, entityId, action, branchId, before, after, why);
    }
}
