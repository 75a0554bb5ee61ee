package org.unionaid.programmes;

import java.time.Instant;

/**
 * A REJECTED application as the appeals module needs it: who refused it and when, its branch and its worker.
 *
 * @param refusedBy the username of the staff member who rejected it
 * @param refusedAt when it was rejected (the REJECTED history row)
 */
public record ApplicationRefusal(long id, String reference, long branchId, long workerId, String refusedBy,
                                 Instant refusedAt, String reason) {
}
