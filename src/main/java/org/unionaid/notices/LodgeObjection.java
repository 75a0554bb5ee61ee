package org.unionaid.notices;

import org.jspecify.annotations.Nullable;

/** An objection from the board: the entry, what is wrong, and optionally who objects and how to reach them. */
public record LodgeObjection(ObjectionSubject subjectType, long subjectId, String text, @Nullable String objectorName,
                             @Nullable String objectorContact) {
}
