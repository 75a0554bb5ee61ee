package org.unionaid.hardship;

import java.time.LocalDate;

/** A measure of a file's assistance plan; {@code fileNumber} for the overdue list. */
public record AssistanceMeasureView(long id, long fileId, String fileNumber, AssistanceMeasureKind kind,
                                    String description, String owner, LocalDate dueOn,
                                    AssistanceMeasureStatus status, boolean overdue, long version) {
}
