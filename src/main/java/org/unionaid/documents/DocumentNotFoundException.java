package org.unionaid.documents;

import org.unionaid.shared.RecordNotFoundException;

public class DocumentNotFoundException extends RecordNotFoundException {

    public DocumentNotFoundException(long id) {
        super("Document", id);
    }
}
