package org.unionaid.appeals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.unionaid.documents.DocumentView;

/**
 * An appeal as its page and the API show it.
 *
 * @param subjectLink the page of the record appealed against, for the reader (staff or the worker)
 * @param overdue OPEN and past its due day
 * @param documents the appellant's documents (empty in lists)
 */
public record AppealView(long id, String reference, AppealSubjectType subjectType, long subjectId,
                         String subjectReference, String subjectLink, long branchId, String branchName,
                         long workerId, String lodgedBy, String reason, AppealState state, String refusedBy,
                         Instant refusedAt, @Nullable String decidedBy, @Nullable String decisionReason,
                         Instant lodgedAt, @Nullable Instant decidedAt, LocalDate dueOn, boolean overdue,
                         List<DocumentView> documents, long version) {
}
