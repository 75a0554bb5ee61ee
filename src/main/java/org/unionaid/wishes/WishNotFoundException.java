package org.unionaid.wishes;

import org.unionaid.shared.RecordNotFoundException;

/** No such wish, or not one the caller may see (the same answer, so nothing leaks). */
public class WishNotFoundException extends RecordNotFoundException {

    public WishNotFoundException(long id) {
        super("Wish", id);
    }
}
