package org.unionaid.payouts;

import org.unionaid.shared.RecordNotFoundException;

public class FundingSourceNotFoundException extends RecordNotFoundException {

    public FundingSourceNotFoundException(Object id) {
        super("FundingSource", id);
    }
}
