package org.unionaid.people;

import org.jspecify.annotations.Nullable;

/** A caseworker accepted or refused a worker's household change (published in the deciding transaction). */
public record HouseholdChangeDecided(long changeId, long workerId, String memberName, HouseholdChangeState state,
                                     @Nullable String reason) {
}
