package org.unionaid.people;

import org.jspecify.annotations.Nullable;

/** The full payout account of a worker for a bank file, with its status at the time of reading. */
public record DisbursementAccount(@Nullable String bankName, @Nullable String holder, @Nullable String number,
                                  @Nullable String masked, PayoutAccountStatus status) {

    @Override
    public String toString() {
        return "DisbursementAccount[bankName=" + bankName + ", holder=" + holder + ", masked=" + masked + ", status="
                + status + "]";
    }
}
