package org.unionaid.hardship;

import java.time.Instant;

/**
 * A CANCELLED hardship file as the appeals module needs it: who cancelled it and when, its branch and its worker.
 *
 * @param cancelledBy the username of the caseworker who cancelled it (the CANCEL history row)
 */
public record FileCancellation(long id, String fileNumber, long branchId, long workerId, String cancelledBy,
                               Instant cancelledAt, HardshipFileCancelReason reasonCode, String reason) {
}
