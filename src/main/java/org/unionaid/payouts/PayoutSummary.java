package org.unionaid.payouts;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.unionaid.people.PayoutAccountStatus;

/**
 * A row of the payouts list (the payee's name masked for PARTNER users). {@code accountStatus} tells whether a cash
 * payout could be paid to its payee's account now (in kind: always OK); {@code fundingShort} that a PROPOSED
 * payout's split no longer fits the sources' available amounts (the approver must re-split it).
 */
public record PayoutSummary(long id, String reference, PayoutSourceType sourceType, long sourceId, long branchId,
                            String branchName, long payeeWorkerId, String payeeName, @Nullable Long programmeId,
                            PayoutKind form, BigDecimal amount, @Nullable String item, PayoutState state,
                            String proposedByName, Instant proposedAt, boolean awaitingSecondApproval,
                            PayoutAccountStatus accountStatus, boolean fundingShort) {

    /** Whether the approval queue should mark this row as not payable. */
    public boolean unpayable() {
        return accountStatus != PayoutAccountStatus.OK;
    }
}
