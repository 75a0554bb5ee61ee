package org.unionaid.payouts;

import org.unionaid.shared.RecordNotFoundException;

public class DisbursementBatchNotFoundException extends RecordNotFoundException {

    public DisbursementBatchNotFoundException(Object id) {
        super("DisbursementBatch", id);
    }
}
