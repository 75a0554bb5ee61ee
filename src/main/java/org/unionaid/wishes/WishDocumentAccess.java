package org.unionaid.wishes;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.unionaid.documents.DocumentOwnerAccess;

/** A wish's photos (the wish's own, the delivery's) are opened by whoever may see the wish. */
@Component
class WishDocumentAccess implements DocumentOwnerAccess {

    private final WishBoard board;

    WishDocumentAccess(WishBoard board) {
        this.board = board;
    }

    @Override
    public Set<String> ownerTypes() {
        return Set.of(Wishes.OWNER_TYPE);
    }

    @Override
    public boolean mayOpen(String ownerType, long ownerId) {
        return board.visible(ownerId);
    }
}
