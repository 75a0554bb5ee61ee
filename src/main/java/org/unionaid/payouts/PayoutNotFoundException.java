package org.unionaid.payouts;

import org.unionaid.shared.RecordNotFoundException;

public class PayoutNotFoundException extends RecordNotFoundException {

    public PayoutNotFoundException(Object id) {
        super("Payout", id);
    }
}
