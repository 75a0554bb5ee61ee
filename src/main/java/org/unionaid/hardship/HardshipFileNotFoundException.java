package org.unionaid.hardship;

import org.unionaid.shared.RecordNotFoundException;

/** A file that does not exist or lies outside the caller's branch subtree (both 404). */
public class HardshipFileNotFoundException extends RecordNotFoundException {

    public HardshipFileNotFoundException(long id) {
        super("HardshipFile", id);
    }
}
