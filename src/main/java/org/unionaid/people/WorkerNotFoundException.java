package org.unionaid.people;

import org.unionaid.shared.RecordNotFoundException;

/** A worker that does not exist or that the current user may not see (both 404). */
public class WorkerNotFoundException extends RecordNotFoundException {

    public WorkerNotFoundException(long id) {
        super("Worker", id);
    }
}
