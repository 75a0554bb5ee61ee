package org.unionaid.people;

import org.jspecify.annotations.Nullable;

/** A worker's payout account as entered: bank name, account holder's name and account number. */
public record PayoutAccount(@Nullable String bankName, @Nullable String holder, @Nullable String number) {

    @Override
    public String toString() {
        return "PayoutAccount[bankName=" + bankName + ", holder=" + holder + ", number=****]";
    }
}
