package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Published synchronously, in the approving transaction, when a reviewer approves a claim: the hardship module's
 * relapse watch listens (a large benefit to a household in its monitoring year is a sign it may be back in
 * hardship). Mutual aid does not know who listens.
 */
public record ClaimApproved(long claimId, String reference, long workerId, BigDecimal approvedAmount,
                            LocalDate approvedOn) {
}
