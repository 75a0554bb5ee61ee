package org.unionaid.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.documents.domain.Document;
import org.unionaid.documents.domain.DocumentRepository;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Role;

/**
 * Stores and serves documents. The owning module decides who may upload (it calls {@link #store} from
 * its own checked service method) and who may open: a document inherits the access of its owner record,
 * which the owner module answers through its {@link DocumentOwnerAccess} (its role and scope rules).
 * Uploads and downloads are audited.
 */
@Service
@Transactional
public class Documents {

    private final DocumentRepository documents;
    private final ContentInspector inspector;
    private final DocumentProperties properties;
    private final Branches branches;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectProvider<DocumentOwnerAccess> owners;

    Documents(DocumentRepository documents, ContentInspector inspector, DocumentProperties properties,
                       Branches branches, AuditTrail audit, Clock clock,
                       ObjectProvider<DocumentOwnerAccess> owners) {
        this.owners = owners;
        this.documents = documents;
        this.inspector = inspector;
        this.properties = properties;
        this.branches = branches;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Checks and stores a document. Refused with a message code: {@code document.empty},
     * {@code document.tooLarge} (max MB), {@code document.type.notAllowed} (detected type),
     * {@code document.type.extensionMismatch} (extension, detected type).
     */
    public DocumentView store(StoreDocument command) {
        byte[] bytes = command.bytes();
        checkAcceptable(bytes, command.originalName());
        String mediaType = inspector.inspect(bytes, command.originalName(), Set.copyOf(properties.allowedTypes()));
        Document document = documents.saveAndFlush(new Document(command.ownerType(), command.ownerId(),
                command.branchId(), command.workerId(), command.kind(), safeName(command.originalName()), mediaType,
                bytes.length, sha256(bytes), Actors.currentName(), clock.instant()));
        documents.storeContent(document.id(), bytes);
        audit.record(AuditEntry.of("Document", document.id(), "UPLOAD", command.branchId())
                .withAfter(Map.of("owner", command.ownerType() + ":" + command.ownerId(), "kind", command.kind(),
                        "mediaType", mediaType, "size", bytes.length, "sha256", document.toView().sha256())));
        return document.toView();
    }

    /** The same checks as {@link #store} without storing, so a form can refuse a file before saving anything. */
    @Transactional(readOnly = true)
    public void check(byte[] bytes, String originalName) {
        checkAcceptable(bytes, originalName);
        inspector.inspect(bytes, originalName, Set.copyOf(properties.allowedTypes()));
    }

    @Transactional(readOnly = true)
    public List<DocumentView> listFor(String ownerType, long ownerId) {
        return documents.findByOwner(ownerType, ownerId).stream().map(Document::toView).toList();
    }

    /** The documents of several owner records of one type, in one query (a page's rows). */
    @Transactional(readOnly = true)
    public List<DocumentView> listFor(String ownerType, java.util.Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        return documents.findByOwners(ownerType, ownerIds).stream().map(Document::toView).toList();
    }

    /**
     * Deletes every document of an owner record with its bytes, one audit row each ({@code DELETE}, with name and
     * SHA-256), for the owner module that deletes the record itself in the same transaction (a worker's deleted
     * claim draft). No access check here: the owner module has checked who may delete its record.
     */
    public int deleteAllFor(String ownerType, long ownerId) {
        List<Document> owned = documents.findByOwner(ownerType, ownerId);
        for (Document document : owned) {
            DocumentView view = document.toView();
            audit.record(AuditEntry.of("Document", view.id(), "DELETE", document.branchId())
                    .withBefore(Map.of("owner", ownerType + ":" + ownerId, "kind", view.kind(),
                            "originalName", view.originalName(), "sha256", view.sha256())));
            documents.delete(document);
        }
        documents.flush();
        return owned.size();
    }

    /** A document's bytes for the current user, or {@link DocumentNotFoundException} when they may not see it. */
    public DocumentContent open(long id) {
        Document document = documents.findById(id).orElseThrow(() -> new DocumentNotFoundException(id));
        if (!maySee(Actors.required(), document)) {
            throw new DocumentNotFoundException(id);
        }
        byte[] bytes = documents.loadContent(id).orElseThrow(() -> new DocumentNotFoundException(id));
        audit.record(AuditEntry.of("Document", id, "DOWNLOAD", document.branchId()));
        return new DocumentContent(document.toView(), bytes);
    }

    public long maxSizeMegabytes() {
        return properties.maxSize().toMegabytes();
    }

    /**
     * The owner module decides, by the owner record's role and scope rules; the document's own branch must
     * also be in the staff user's scope or the document must concern the worker (defence in depth).
     */
    private boolean maySee(Actor actor, Document document) {
        DocumentView view = document.toView();
        boolean ownerAllows = owners.orderedStream()
                .filter(o -> o.ownerTypes().contains(view.ownerType()))
                .findFirst()
                .map(o -> o.mayOpen(view.ownerType(), view.ownerId()))
                .orElse(false);
        if (!ownerAllows) {
            return false;
        }
        boolean concerned = actor.workerId() != null && actor.workerId().equals(document.workerId());
        return concerned || branches.covers(actor.branchId(), document.branchId()) || actor.has(Role.PARTNER);
    }

    private void checkAcceptable(byte[] bytes, String originalName) {
        if (bytes.length == 0) {
            throw new BusinessRuleException("document.empty", originalName);
        }
        if (bytes.length > properties.maxSize().toBytes()) {
            throw new BusinessRuleException("document.tooLarge", originalName, properties.maxSize().toMegabytes());
        }
    }

    private static String safeName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_");
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
