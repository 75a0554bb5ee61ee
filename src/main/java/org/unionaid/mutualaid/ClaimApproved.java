package org.unionaid.mutualaid;

import java.math.BigDecimal;

/** Published in the approval's transaction. */
public record ClaimApproved(long claimId, long workerId, long branchId, BigDecimal amount) {
}
