package org.unionaid.hardship;

import java.time.LocalDate;
import java.util.List;

/** A joint review meeting (联审) and the files it discussed (their numbers). */
public record JointReviewView(long id, LocalDate heldOn, String agencies, String participants, String decisions,
                              String recordedBy, List<String> fileNumbers, List<Long> fileIds) {
}
