package org.unionaid.branches;

import org.unionaid.shared.RecordNotFoundException;

public class BranchNotFoundException extends RecordNotFoundException {

    public BranchNotFoundException(long id) {
        super("Branch", id);
    }
}
