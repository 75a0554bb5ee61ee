package org.unionaid.wishes.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

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
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.wishes.WishState;

/** A micro-wish and its way from posting to delivery ({@link WishState}); each step checks the state it leaves. */
@Entity
@Table(name = "wish")
public class Wish {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String reference;
    @Column(name = "programme_id")
    private long programmeId;
    @Column(name = "worker_id")
    private long workerId;
    @Column(name = "masked_name")
    private String maskedName;
    @Column(name = "branch_id")
    private long branchId;
    private String title;
    private String reason;
    @Column(name = "wish_value")
    private BigDecimal value;
    @Enumerated(EnumType.STRING)
    private WishState state;
    @Column(name = "posted_by")
    private String postedBy;
    @Column(name = "posted_at")
    private Instant postedAt;
    @Column(name = "reviewed_by")
    private @Nullable String reviewedBy;
    @Column(name = "reviewed_at")
    private @Nullable Instant reviewedAt;
    @Column(name = "rejection_reason")
    private @Nullable String rejectionReason;
    @Column(name = "donor_user_id")
    private @Nullable Long donorUserId;
    @Column(name = "donor_name")
    private @Nullable String donorName;
    @Column(name = "claimed_at")
    private @Nullable Instant claimedAt;
    @Column(name = "delivered_by")
    private @Nullable String deliveredBy;
    @Column(name = "delivered_at")
    private @Nullable Instant deliveredAt;
    @Column(name = "delivery_note")
    private @Nullable String deliveryNote;
    @Column(name = "delivery_document_id")
    private @Nullable Long deliveryDocumentId;
    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;
    @Version
    private long version;

    protected Wish() {
        this.reference = "";
        this.maskedName = "";
        this.title = "";
        this.reason = "";
        this.value = BigDecimal.ZERO;
        this.state = WishState.SUBMITTED;
        this.postedBy = "";
        this.postedAt = Instant.EPOCH;
    }

    public Wish(String reference, long programmeId, long workerId, String maskedName, long branchId, String title,
                String reason, BigDecimal value, String postedBy, Instant postedAt) {
        this.reference = reference;
        this.programmeId = programmeId;
        this.workerId = workerId;
        this.maskedName = maskedName;
        this.branchId = branchId;
        this.title = title;
        this.reason = reason;
        this.value = value;
        this.state = WishState.SUBMITTED;
        this.postedBy = postedBy;
        this.postedAt = postedAt;
    }

    private void require(WishState... states) {
        for (WishState s : states) {
            if (state == s) {
                return;
            }
        }
        throw new BusinessRuleException("wish.state.invalid", state.name());
    }

    public void approve(String by, Instant at) {
        require(WishState.SUBMITTED);
        state = WishState.PUBLISHED;
        reviewedBy = by;
        reviewedAt = at;
    }

    public void reject(String why, String by, Instant at) {
        require(WishState.SUBMITTED);
        state = WishState.REJECTED;
        rejectionReason = why;
        reviewedBy = by;
        reviewedAt = at;
    }

    public void withdraw() {
        require(WishState.SUBMITTED, WishState.PUBLISHED);
        state = WishState.WITHDRAWN;
    }

    public void claim(long userId, String name, Instant at) {
        require(WishState.PUBLISHED);
        state = WishState.CLAIMED;
        donorUserId = userId;
        donorName = name;
        claimedAt = at;
    }

    /** The donor gives the wish back to the board. */
    public void release() {
        require(WishState.CLAIMED);
        state = WishState.PUBLISHED;
        donorUserId = null;
        donorName = null;
        claimedAt = null;
    }

    /** The donor records the delivery with its photo. */
    public void delivered(long photoDocumentId, @Nullable String note, String by, Instant at) {
        require(WishState.CLAIMED);
        state = WishState.DELIVERED;
        deliveryDocumentId = photoDocumentId;
        deliveryNote = note;
        deliveredBy = by;
        deliveredAt = at;
    }

    /** The worker confirms receipt: delivers a claimed wish, or confirms one the donor recorded. */
    public void confirmedByWorker(String by, Instant at) {
        if (state == WishState.DELIVERED) {
            if (confirmedAt != null) {
                throw new BusinessRuleException("wish.alreadyConfirmed");
            }
            confirmedAt = at;
            return;
        }
        require(WishState.CLAIMED);
        state = WishState.DELIVERED;
        deliveredBy = by;
        deliveredAt = at;
        confirmedAt = at;
    }

    public boolean claimedBy(long userId) {
        return Objects.equals(donorUserId, userId);
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public String reference() { return reference; }
    public long programmeId() { return programmeId; }
    public long workerId() { return workerId; }
    public String maskedName() { return maskedName; }
    public long branchId() { return branchId; }
    public String title() { return title; }
    public String reason() { return reason; }
    public BigDecimal value() { return value; }
    public WishState state() { return state; }
    public String postedBy() { return postedBy; }
    public Instant postedAt() { return postedAt; }
    public @Nullable String reviewedBy() { return reviewedBy; }
    public @Nullable Instant reviewedAt() { return reviewedAt; }
    public @Nullable String rejectionReason() { return rejectionReason; }
    public @Nullable Long donorUserId() { return donorUserId; }
    public @Nullable String donorName() { return donorName; }
    public @Nullable Instant claimedAt() { return claimedAt; }
    public @Nullable String deliveredBy() { return deliveredBy; }
    public @Nullable Instant deliveredAt() { return deliveredAt; }
    public @Nullable String deliveryNote() { return deliveryNote; }
    public @Nullable Long deliveryDocumentId() { return deliveryDocumentId; }
    public @Nullable Instant confirmedAt() { return confirmedAt; }
    public long version() { return version; }
}
