package org.unionaid.hardship;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A lead as shown to staff (the national ID masked). */
public record LeadView(long id, long branchId, LeadSource source, LeadState state, String personName,
                       @Nullable String nationalIdMasked, @Nullable String phone, @Nullable String address,
                       String situation, @Nullable Long reporterUserId, @Nullable String reporterContact,
                       @Nullable Long workerId, @Nullable Long assignedToUserId,
                       @Nullable DuplicateReason duplicateReason, @Nullable Long duplicateOfLeadId,
                       @Nullable String outcomeNote, @Nullable Long fileId, long version, Instant createdAt) {

    public boolean duplicate() {
        return duplicateReason != null;
    }
}
