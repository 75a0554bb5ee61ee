package org.unionaid.notices;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An objection as staff of its branch subtree see it: the objector's name and contact only when they left them.
 * {@code subjectLabel} is the masked name of the entry as the board showed it.
 */
public record ObjectionView(long id, ObjectionSubject subjectType, long subjectId, String subjectLabel,
                            long branchId, String branchName, String text, @Nullable String objectorName,
                            @Nullable String objectorContact, ObjectionState state,
                            @Nullable ObjectionFinding finding, @Nullable String findingReason,
                            @Nullable String resolvedBy, @Nullable Instant resolvedAt, Instant lodgedAt,
                            long version) {
}
