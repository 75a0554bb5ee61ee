package org.unionaid.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record that does not exist, or that the current user may not see. Both render the same 404 so
 * that guessing ids reveals nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String entity, Object id) {
        super(entity + " " + id + " not found");
    }
}
