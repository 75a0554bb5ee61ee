package org.unionaid.payouts.domain;

import java.math.BigDecimal;
import java.time.Instant;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.unionaid.payouts.BatchState;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.crypto.EncryptedStringConverter;

/** A set of approved cash payouts sent to the bank together. Its lines live in disbursement_batch_item. */
@Entity
@Table(name = "disbursement_batch")
public class DisbursementBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String reference;

    @Column(name = "branch_id")
    private long branchId;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "item_count")
    private int itemCount;

    private BigDecimal total;

    @Enumerated(EnumType.STRING)
    private BatchState state = BatchState.GATHERED;

    @Column(name = "sent_by")
    private @Nullable String sentBy;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "csv_sha256")
    private @Nullable String csvSha256;

    @Column(name = "xlsx_sha256")
    private @Nullable String xlsxSha256;

    /** Base64 of the CSV bytes, encrypted in the column (it holds full accounts). */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "csv_enc")
    private @Nullable String csv;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "xlsx_enc")
    private @Nullable String xlsx;

    @Version
    private long version;

    protected DisbursementBatch() {
        this.reference = "";
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
        this.total = BigDecimal.ZERO;
    }

    public DisbursementBatch(String reference, long branchId, String createdBy, Instant createdAt, int itemCount,
                             BigDecimal total) {
        this.reference = reference;
        this.branchId = branchId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.itemCount = itemCount;
        this.total = total;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved");
        }
        return id;
    }

    /** GATHERED → SENT: the bank files are written once, here, and kept. */
    public void send(String actor, Instant now, byte[] csvBytes, byte[] xlsxBytes) {
        if (state != BatchState.GATHERED && csv != null) {
            throw new BusinessRuleException("batch.send.alreadySent", reference);
        }
        if (itemCount == 0) {
            throw new BusinessRuleException("batch.send.empty", reference);
        }
        if (state == BatchState.GATHERED) {
            this.state = BatchState.SENT;
            this.sentBy = actor;
            this.sentAt = now;
        }
        this.csv = Base64.getEncoder().encodeToString(csvBytes);
        this.xlsx = Base64.getEncoder().encodeToString(xlsxBytes);
        this.csvSha256 = sha256(csvBytes);
        this.xlsxSha256 = sha256(xlsxBytes);
    }

    /** Whether the files still have to be written (a GATHERED batch, or one sent before files were kept). */
    public boolean needsFiles() {
        return csv == null;
    }

    public void settled() {
        if (state == BatchState.SENT) {
            this.state = BatchState.SETTLED;
        }
    }

    /** The rows gathered into this new batch: their number and total (set once, right after gathering). */
    public void gathered(int items, BigDecimal amount) {
        if (state != BatchState.GATHERED || itemCount != 0) {
            throw new IllegalStateException("batch " + reference + " was already filled");
        }
        this.itemCount = items;
        this.total = amount;
    }

    /** A row left the batch before it was sent (its payout went back to the approval queue). */
    public void removed(BigDecimal amount) {
        if (state != BatchState.GATHERED) {
            throw new BusinessRuleException("batch.send.alreadySent", reference);
        }
        this.itemCount--;
        this.total = total.subtract(amount);
    }

    public byte[] csvBytes() {
        if (csv == null) {
            throw new BusinessRuleException("batch.file.notSent", reference);
        }
        return Base64.getDecoder().decode(csv);
    }

    public byte[] xlsxBytes() {
        if (xlsx == null) {
            throw new BusinessRuleException("batch.file.notSent", reference);
        }
        return Base64.getDecoder().decode(xlsx);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public BatchState state() { return state; }
    public @Nullable String sentBy() { return sentBy; }
    public @Nullable Instant sentAt() { return sentAt; }
    public @Nullable String csvSha256() { return csvSha256; }
    public @Nullable String xlsxSha256() { return xlsxSha256; }
    public String reference() { return reference; }
    public long branchId() { return branchId; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public int itemCount() { return itemCount; }
    public BigDecimal total() { return total; }
}
