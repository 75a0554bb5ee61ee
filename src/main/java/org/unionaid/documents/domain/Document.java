package org.unionaid.documents.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.unionaid.documents.DocumentKind;
import org.unionaid.documents.DocumentView;

/** A document's metadata; its bytes live in {@code document_content}, loaded only for download. */
@Entity
@Table(name = "document")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "owner_type")
    private String ownerType;

    @Column(name = "owner_id")
    private long ownerId;

    @Column(name = "branch_id")
    private long branchId;

    @Column(name = "worker_id")
    private @Nullable Long workerId;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    @Column(name = "original_name")
    private String originalName;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected Document() {
        this.ownerType = "";
        this.kind = DocumentKind.OTHER;
        this.originalName = "";
        this.mediaType = "";
        this.sha256 = "";
        this.uploadedBy = "";
        this.uploadedAt = Instant.EPOCH;
    }

    public Document(String ownerType, long ownerId, long branchId, @Nullable Long workerId, DocumentKind kind,
                    String originalName, String mediaType, long sizeBytes, String sha256, String uploadedBy,
                    Instant uploadedAt) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.branchId = branchId;
        this.workerId = workerId;
        this.kind = kind;
        this.originalName = originalName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("document not saved yet");
        }
        return id;
    }

    public long branchId() {
        return branchId;
    }

    public @Nullable Long workerId() {
        return workerId;
    }

    public DocumentView toView() {
        return new DocumentView(id(), ownerType, ownerId, kind, originalName, mediaType, sizeBytes, sha256,
                uploadedBy, uploadedAt);
    }
}
