package org.unionaid.hardship;

import org.unionaid.shared.RecordNotFoundException;

public class LeadNotFoundException extends RecordNotFoundException {

    public LeadNotFoundException(long id) {
        super("Lead", id);
    }
}
