package org.unionaid.programmes;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An application (the worker's own) or a nomination (by a caseworker, with {@code workerId}). {@code memberId}
 * names the household member the application is for (student aid: the child); {@code answers} follow the
 * programme's questions in order.
 */
public record Apply(long programmeId, @Nullable Long workerId, @Nullable Long memberId,
                   List<@Nullable Boolean> answers, String statement, List<ApplicationDocument> documents) {

    public Apply {
        answers = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(answers));
        documents = List.copyOf(documents);
    }
}
