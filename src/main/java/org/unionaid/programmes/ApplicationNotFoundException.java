package org.unionaid.programmes;

import org.unionaid.shared.RecordNotFoundException;

/** No such application, or one the current user may not see (both 404). */
public class ApplicationNotFoundException extends RecordNotFoundException {

    public ApplicationNotFoundException(long id) {
        super("ProgrammeApplication", id);
    }
}
