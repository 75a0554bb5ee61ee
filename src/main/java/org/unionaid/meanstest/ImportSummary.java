package org.unionaid.meanstest;

import java.time.Instant;

/** An imported civil-affairs list, as the list of imports shows it. */
public record ImportSummary(long id, String fileName, String branchName, int rowCount, int matchedCount,
                            String importedBy, Instant importedAt) {
}
