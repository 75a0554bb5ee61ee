package org.unionaid.payouts.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

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

    public String reference() { return reference; }
    public long branchId() { return branchId; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public int itemCount() { return itemCount; }
    public BigDecimal total() { return total; }
}
