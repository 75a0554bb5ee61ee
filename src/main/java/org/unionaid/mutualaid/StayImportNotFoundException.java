package org.unionaid.mutualaid;

import org.unionaid.shared.RecordNotFoundException;

/** An import of settlement data that does not exist or that the current user may not see. */
public class StayImportNotFoundException extends RecordNotFoundException {

    public StayImportNotFoundException(Object id) {
        super(HospitalStays.ENTITY, id);
    }
}
