package org.unionaid.hardship.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A signed means-test authorisation (家庭经济状况核对授权书) uploaded onto a file, with the day it was signed. */
@Entity
@Table(name = "file_consent")
public class FileConsent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "file_id")
    private long fileId;

    @Column(name = "document_id")
    private long documentId;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected FileConsent() {
        this.signedOn = LocalDate.MIN;
        this.recordedBy = "";
        this.recordedAt = Instant.EPOCH;
    }

    public FileConsent(long fileId, long documentId, LocalDate signedOn, String recordedBy, Instant recordedAt) {
        this.fileId = fileId;
        this.documentId = documentId;
        this.signedOn = signedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public long fileId() {
        return fileId;
    }

    public long documentId() {
        return documentId;
    }

    public LocalDate signedOn() {
        return signedOn;
    }
}
