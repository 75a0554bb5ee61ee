package org.unionaid.people;

import org.jspecify.annotations.Nullable;

/** The worker's name and full payout account for a bank file, with its status at the time of reading. */
public record DisbursementAccount(String workerName, @Nullable String bankName, @Nullable String holder, @Nullable String number,
                                  @Nullable String masked, PayoutAccountStatus status) {

    @Override
    public String toString() {
        return "DisbursementAccount[workerName=" + workerName + ", bankName=" + bankName + ", holder=" + holder + ", masked=" + masked + ", status="
                + status + "]";
    }
}
