package org.unionaid.hardship;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A line of a file's history (pages show {@code occurredAt} with {@code @times.format}). */
public record FileTransitionView(HardshipFileState fromState, HardshipFileState toState, HardshipFileAction action,
                                 String actor, Instant occurredAt, @Nullable String reason) {
}
