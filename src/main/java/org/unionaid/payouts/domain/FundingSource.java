package org.unionaid.payouts.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.unionaid.payouts.FundingSourceKind;
import org.unionaid.payouts.FundingSourceView;

/**
 * A union budget line or a partner's pledge to one programme. Its amounts are changed only by the conditional
 * updates of the funding ledger (never through this entity), so they are read here, not written.
 */
@Entity
@Table(name = "funding_source")
public class FundingSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "programme_id")
    private long programmeId;

    @Column(name = "branch_id")
    private long branchId;

    @Enumerated(EnumType.STRING)
    private FundingSourceKind kind;

    private String name;

    @Column(name = "partner_user_id")
    private @Nullable Long partnerUserId;

    @Column(updatable = false)
    private BigDecimal allocated;

    @Column(insertable = false, updatable = false)
    private BigDecimal committed = BigDecimal.ZERO;

    @Column(insertable = false, updatable = false)
    private BigDecimal paid = BigDecimal.ZERO;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected FundingSource() {
        this.kind = FundingSourceKind.UNION_BUDGET;
        this.name = "";
        this.allocated = BigDecimal.ZERO;
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    public FundingSource(long programmeId, long branchId, FundingSourceKind kind, String name,
                         @Nullable Long partnerUserId, BigDecimal allocated, String createdBy, Instant createdAt) {
        this.programmeId = programmeId;
        this.branchId = branchId;
        this.kind = kind;
        this.name = name;
        this.partnerUserId = partnerUserId;
        this.allocated = allocated;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved");
        }
        return id;
    }

    public long programmeId() { return programmeId; }
    public long branchId() { return branchId; }
    public FundingSourceKind kind() { return kind; }
    public String name() { return name; }
    public @Nullable Long partnerUserId() { return partnerUserId; }

    public FundingSourceView toView() {
        return new FundingSourceView(id(), programmeId, kind, name, partnerUserId, allocated, committed, paid,
                allocated.subtract(committed).subtract(paid));
    }
}
