package org.unionaid.mutualaid.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.unionaid.mutualaid.ClaimOrigin;
import org.unionaid.mutualaid.ClaimState;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.crypto.EncryptedStringConverter;

/**
 * A claim under an enrolment. Each transition method checks the current state and returns the history line to
 * store; an illegal one is refused with {@code claim.transition.illegal}. The diagnosis is health data and is
 * stored encrypted. Concurrent changes are caught by the version column.
 */
@Entity
@Table(name = "mutualaid_claim")
public class Claim {

    public static final String ILLEGAL = "claim.transition.illegal";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String reference;

    @Column(name = "enrolment_id")
    private long enrolmentId;

    @Column(name = "plan_id")
    private long planId;

    @Column(name = "worker_id")
    private long workerId;

    @Column(name = "branch_id")
    private long branchId;

    @Enumerated(EnumType.STRING)
    private ClaimState state = ClaimState.DRAFT;

    @Column(name = "admission_date")
    private LocalDate admissionDate;

    @Column(name = "discharge_date")
    private LocalDate dischargeDate;

    private String hospital;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "diagnosis_enc")
    private String diagnosis;

    @Column(name = "invoice_total")
    private BigDecimal invoiceTotal;

    @Column(name = "basic_insurance_paid")
    private BigDecimal basicInsurancePaid;

    @Column(name = "self_paid")
    private BigDecimal selfPaid;

    @Column(name = "filed_by")
    private long filedBy;

    @Column(name = "submitted_on")
    private @Nullable LocalDate submittedOn;

    @Column(name = "rule_version_id")
    private @Nullable Long ruleVersionId;

    @Column(name = "calculated_amount")
    private @Nullable BigDecimal calculatedAmount;

    @Column(name = "approved_amount")
    private @Nullable BigDecimal approvedAmount;

    @Column(name = "override_reason")
    private @Nullable String overrideReason;

    private @Nullable String explanation;

    @Column(name = "decision_reason")
    private @Nullable String decisionReason;

    @Column(name = "decided_by")
    private @Nullable Long decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "paid_at")
    private @Nullable Instant paidAt;

    @Enumerated(EnumType.STRING)
    private ClaimOrigin origin = ClaimOrigin.MANUAL;

    @Column(name = "hospital_stay_id")
    private @Nullable Long hospitalStayId;

    @Version
    private long version;

    protected Claim() {
        this.reference = "";
        this.admissionDate = LocalDate.MIN;
        this.dischargeDate = LocalDate.MIN;
        this.hospital = "";
        this.diagnosis = "";
        this.invoiceTotal = BigDecimal.ZERO;
        this.basicInsurancePaid = BigDecimal.ZERO;
        this.selfPaid = BigDecimal.ZERO;
    }

    public Claim(String reference, Enrolment enrolment, long branchId, long filedBy, Details details) {
        this.reference = reference;
        this.enrolmentId = enrolment.id();
        this.planId = enrolment.planId();
        this.workerId = enrolment.workerId();
        this.branchId = branchId;
        this.filedBy = filedBy;
        this.admissionDate = details.admission();
        this.dischargeDate = details.discharge();
        this.hospital = details.hospital();
        this.diagnosis = details.diagnosis();
        this.invoiceTotal = details.invoiceTotal();
        this.basicInsurancePaid = details.basicInsurancePaid();
        this.selfPaid = details.selfPaid();
    }

    /**
     * A claim made from an imported hospital stay (origin IMPORTED): the facts are the settlement data's, filed by
     * the importing reviewer; it is submitted at once ({@link #submit}) and never a DRAFT the member edits.
     */
    public static Claim imported(String reference, Enrolment enrolment, long branchId, long importedBy,
                                 long hospitalStayId, Details details) {
        Claim claim = new Claim(reference, enrolment, branchId, importedBy, details);
        claim.origin = ClaimOrigin.IMPORTED;
        claim.hospitalStayId = hospitalStayId;
        return claim;
    }

    /** The facts a claimant enters (and may change while the claim is a DRAFT). */
    public record Details(LocalDate admission, LocalDate discharge, String hospital, String diagnosis,
                          BigDecimal invoiceTotal, BigDecimal basicInsurancePaid, BigDecimal selfPaid) {
    }

    public void change(Details details) {
        require(EnumSet.of(ClaimState.DRAFT));
        this.admissionDate = details.admission();
        this.dischargeDate = details.discharge();
        this.hospital = details.hospital();
        this.diagnosis = details.diagnosis();
        this.invoiceTotal = details.invoiceTotal();
        this.basicInsurancePaid = details.basicInsurancePaid();
        this.selfPaid = details.selfPaid();
    }

    // ---- transitions -----------------------------------------------------------------------------

    public ClaimTransition submit(LocalDate today, String actor, Instant at) {
        ClaimState from = require(EnumSet.of(ClaimState.DRAFT));
        this.submittedOn = today;
        return move(from, ClaimState.SUBMITTED, actor, at, null);
    }

    public ClaimTransition startReview(String actor, Instant at) {
        ClaimState from = require(EnumSet.of(ClaimState.SUBMITTED));
        return move(from, ClaimState.IN_REVIEW, actor, at, null);
    }

    public ClaimTransition requestMoreInfo(String question, String actor, Instant at) {
        ClaimState from = require(EnumSet.of(ClaimState.IN_REVIEW));
        return move(from, ClaimState.MORE_INFO_REQUESTED, actor, at, question);
    }

    public ClaimTransition answer(String text, String actor, Instant at) {
        ClaimState from = require(EnumSet.of(ClaimState.MORE_INFO_REQUESTED));
        return move(from, ClaimState.IN_REVIEW, actor, at, text);
    }

    public ClaimTransition approve(long ruleVersionId, BigDecimal calculated, BigDecimal approved,
                                   @Nullable String overrideReason, String explanation, long reviewerId,
                                   String actor, Instant at) {
        ClaimState from = require(EnumSet.of(ClaimState.IN_REVIEW));
        this.ruleVersionId = ruleVersionId;
        this.calculatedAmount = calculated;
        this.approvedAmount = approved;
        this.overrideReason = overrideReason;
        this.explanation = explanation;
        this.decidedBy = reviewerId;
        this.decidedAt = at;
        return move(from, ClaimState.APPROVED, actor, at, overrideReason);
    }

    public ClaimTransition reject(String reason, long reviewerId, String actor, Instant at) {
        ClaimState from = require(EnumSet.of(ClaimState.IN_REVIEW));
        this.decisionReason = reason;
        this.decidedBy = reviewerId;
        this.decidedAt = at;
        return move(from, ClaimState.REJECTED, actor, at, reason);
    }

    /**
     * An appeal against the rejection was upheld: the claim is back IN_REVIEW for a new decision (approve or
     * reject), the previous decision kept in the history only.
     */
    public ClaimTransition reopenOnAppeal(String note, String actor, Instant at) {
        ClaimState from = require(EnumSet.of(ClaimState.REJECTED));
        this.decisionReason = null;
        this.decidedBy = null;
        this.decidedAt = null;
        return move(from, ClaimState.IN_REVIEW, actor, at, note);
    }

    public ClaimTransition markPaid(String actor, Instant at, String note) {
        ClaimState from = require(EnumSet.of(ClaimState.APPROVED));
        this.paidAt = at;
        return move(from, ClaimState.PAID, actor, at, note);
    }

    private ClaimState require(Set<ClaimState> allowed) {
        if (!allowed.contains(state)) {
            throw new BusinessRuleException(ILLEGAL, state.name());
        }
        return state;
    }

    private ClaimTransition move(ClaimState from, ClaimState to, String actor, Instant at, @Nullable String note) {
        this.state = to;
        return new ClaimTransition(id(), from, to, actor, at, note);
    }

    // ---- reading ---------------------------------------------------------------------------------

    public long id() {
        return id == null ? 0 : id;
    }

    public String reference() {
        return reference;
    }

    public long enrolmentId() {
        return enrolmentId;
    }

    public long planId() {
        return planId;
    }

    public long workerId() {
        return workerId;
    }

    public long branchId() {
        return branchId;
    }

    public ClaimState state() {
        return state;
    }

    public LocalDate admissionDate() {
        return admissionDate;
    }

    public LocalDate dischargeDate() {
        return dischargeDate;
    }

    public String hospital() {
        return hospital;
    }

    public String diagnosis() {
        return diagnosis;
    }

    public BigDecimal invoiceTotal() {
        return invoiceTotal;
    }

    public BigDecimal basicInsurancePaid() {
        return basicInsurancePaid;
    }

    public BigDecimal selfPaid() {
        return selfPaid;
    }

    public long filedBy() {
        return filedBy;
    }

    public @Nullable LocalDate submittedOn() {
        return submittedOn;
    }

    public @Nullable Long ruleVersionId() {
        return ruleVersionId;
    }

    public @Nullable BigDecimal calculatedAmount() {
        return calculatedAmount;
    }

    public @Nullable BigDecimal approvedAmount() {
        return approvedAmount;
    }

    public @Nullable String overrideReason() {
        return overrideReason;
    }

    public @Nullable String explanation() {
        return explanation;
    }

    public @Nullable String decisionReason() {
        return decisionReason;
    }

    public @Nullable Instant paidAt() {
        return paidAt;
    }

    public ClaimOrigin origin() {
        return origin;
    }

    public @Nullable Long hospitalStayId() {
        return hospitalStayId;
    }

    public long version() {
        return version;
    }
}
