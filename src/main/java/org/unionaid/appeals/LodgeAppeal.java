package org.unionaid.appeals;

import java.util.List;

/** The signed-in worker appeals against a refusal of their own, with a reason and optional documents. */
public record LodgeAppeal(AppealSubjectType subjectType, long subjectId, String reason, List<AppealDocument> documents) {

    public LodgeAppeal {
        documents = List.copyOf(documents);
    }

    /** One uploaded file of the appeal (stored through the documents module). */
    public record AppealDocument(String originalName, byte[] bytes) {
    }
}
