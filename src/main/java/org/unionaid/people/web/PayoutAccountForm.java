package org.unionaid.people.web;

import org.jspecify.annotations.Nullable;
import org.unionaid.people.PayoutAccount;

/** The payout account form (the number starts empty: pages never show it unmasked). */
public class PayoutAccountForm {

    private @Nullable String bankName;
    private @Nullable String holder;
    private @Nullable String number;

    PayoutAccount toAccount() {
        return new PayoutAccount(bankName, holder, number);
    }

    public @Nullable String getBankName() {
        return bankName;
    }

    public void setBankName(@Nullable String bankName) {
        this.bankName = bankName;
    }

    public @Nullable String getHolder() {
        return holder;
    }

    public void setHolder(@Nullable String holder) {
        this.holder = holder;
    }

    public @Nullable String getNumber() {
        return number;
    }

    public void setNumber(@Nullable String number) {
        this.number = number;
    }
}
