package org.unionaid.mutualaid;

import org.unionaid.shared.RecordNotFoundException;

/** A claim that does not exist or that the current user may not see. */
public class ClaimNotFoundException extends RecordNotFoundException {

    public ClaimNotFoundException(Object id) {
        super("MutualAidClaim", id);
    }
}
