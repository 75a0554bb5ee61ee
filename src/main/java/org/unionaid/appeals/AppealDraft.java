package org.unionaid.appeals;

import java.time.Instant;
import java.time.LocalDate;

/** The lodge form's header: the refused record, the refusal's reason and when, the last day to appeal. */
public record AppealDraft(AppealSubjectType subjectType, long subjectId, String subjectReference,
                          String refusalReason, Instant refusedAt, LocalDate lastDay, String subjectLink) {
}
