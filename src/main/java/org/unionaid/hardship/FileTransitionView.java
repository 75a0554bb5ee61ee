package org.unionaid.hardship;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A line of a file's history. */
public record FileTransitionView(HardshipFileState fromState, HardshipFileState toState, HardshipFileAction action,
                                 String actor, Instant occurredAt, @Nullable String reason) {

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault());

    public String time() {
        return TIME.format(occurredAt);
    }
}
