package org.unionaid.hardship;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A review held on a file. */
public record ReviewView(long id, LocalDate reviewedOn, String findings, ReviewOutcome outcome,
                         @Nullable HardshipCategory newCategory, String reviewer) {
}
