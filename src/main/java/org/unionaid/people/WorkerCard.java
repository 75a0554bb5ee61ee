package org.unionaid.people;

/**
 * What other modules' lists show of a worker: the name, the masked national ID, the branch and whether a cash
 * payout could be paid to their account now (read from {@link WorkerDirectory}, never the full ID).
 */
public record WorkerCard(long id, String name, String nationalIdMasked, long branchId,
                         PayoutAccountStatus payoutAccountStatus) {
}
