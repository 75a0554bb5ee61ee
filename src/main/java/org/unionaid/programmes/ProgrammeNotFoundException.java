package org.unionaid.programmes;

import org.unionaid.shared.RecordNotFoundException;

/** No such programme, or one the current user may not see (both 404). */
public class ProgrammeNotFoundException extends RecordNotFoundException {

    public ProgrammeNotFoundException(long id) {
        super("Programme", id);
    }
}
