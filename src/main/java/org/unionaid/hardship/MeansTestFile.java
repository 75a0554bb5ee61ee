package org.unionaid.hardship;

import org.jspecify.annotations.Nullable;

/**
 * What the civil-affairs cross-check needs of a file: its state and branch, its primary worker and the assets the
 * household declared at the verification visit of the lead it came from (null when there was none).
 */
public record MeansTestFile(long id, String fileNumber, HardshipFileState state, long branchId, long primaryWorkerId,
                            @Nullable String declaredAssets) {
}
