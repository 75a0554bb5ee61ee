package org.unionaid.people;

import org.jspecify.annotations.Nullable;

/**
 * What became of a worker's own household change: applied at once ({@code member} is the member now), or kept
 * as a pending change for the caseworker ({@code pendingChangeId}) because the household has an open hardship file.
 */
public record HouseholdChangeOutcome(@Nullable HouseholdMemberView member, @Nullable Long pendingChangeId) {

    public boolean applied() {
        return member != null;
    }
}
