package org.unionaid.appeals;

import org.unionaid.shared.RecordNotFoundException;

public class AppealNotFoundException extends RecordNotFoundException {

    public AppealNotFoundException(long id) {
        super("Appeal", id);
    }
}
