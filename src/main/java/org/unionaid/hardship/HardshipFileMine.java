package org.unionaid.hardship;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What a filed worker sees of their own file: no notes, reasons or income figures. */
public record HardshipFileMine(long id, String fileNumber, HardshipFileState state, HardshipCategory category,
                               LocalDate filedOn, @Nullable LocalDate nextReviewDue) {
}
