package org.unionaid.mutualaid;

import java.time.Instant;

/**
 * A REJECTED claim as the appeals module needs it: who refused it and when, its branch and its claimant.
 *
 * @param refusedBy the username of the claims reviewer who rejected it (the REJECTED history row)
 */
public record ClaimRefusal(long id, String reference, long branchId, long workerId, String refusedBy,
                           Instant refusedAt, String reason) {
}
