package org.unionaid.hardship;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.unionaid.shared.RecordNotFoundException;

/** Documents uploaded onto a file (its signed consent) inherit the file's access: staff readers of its subtree. */
@Component
class FileDocumentAccess implements org.unionaid.documents.DocumentOwnerAccess {

    private final HardshipFileRecords records;

    FileDocumentAccess(HardshipFileRecords records) {
        this.records = records;
    }

    @Override
    public Set<String> ownerTypes() {
        return Set.of(FileConsents.OWNER_FILE);
    }

    @Override
    public boolean mayOpen(String ownerType, long ownerId) {
        try {
            records.loadVisible(ownerId);
            return true;
        } catch (RecordNotFoundException notVisible) {
            return false;
        }
    }
}
