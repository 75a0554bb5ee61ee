package org.unionaid.hardship.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.unionaid.documents.DocumentView;
import org.unionaid.hardship.VisitRecord;
import org.unionaid.hardship.VisitView;

@Entity
@Table(name = "verification_visit")
public class VerificationVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "lead_id")
    private long leadId;

    @Column(name = "visit_date")
    private LocalDate visitDate;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] visitors;

    private String findings;

    @Column(name = "household_size")
    private int householdSize;

    @Column(name = "annual_disposable_income")
    private BigDecimal annualDisposableIncome;

    @Column(name = "rigid_expenditure")
    private BigDecimal rigidExpenditure;

    @Column(name = "annual_hardship_costs")
    private BigDecimal annualHardshipCosts;

    private @Nullable String assets;

    @Column(name = "consent_signed")
    private boolean consentSigned;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    protected VerificationVisit() {
        this.visitDate = LocalDate.MIN;
        this.visitors = new String[0];
        this.findings = "";
        this.annualDisposableIncome = BigDecimal.ZERO;
        this.rigidExpenditure = BigDecimal.ZERO;
        this.annualHardshipCosts = BigDecimal.ZERO;
        this.recordedBy = "";
    }

    public VerificationVisit(long leadId, VisitRecord record, String recordedBy) {
        this.leadId = leadId;
        this.visitDate = record.visitDate();
        this.visitors = record.visitors().toArray(String[]::new);
        this.findings = record.findings();
        this.householdSize = record.householdSize();
        this.annualDisposableIncome = record.annualDisposableIncome();
        this.rigidExpenditure = record.rigidExpenditure();
        this.annualHardshipCosts = record.annualHardshipCosts();
        this.assets = record.assets();
        this.consentSigned = record.consentSigned();
        this.recordedBy = recordedBy;
    }

    public long leadId() {
        return leadId;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("visit not saved yet");
        }
        return id;
    }

    public VisitView toView(List<DocumentView> documents) {
        return new VisitView(id(), leadId, visitDate, List.of(visitors), findings, householdSize,
                annualDisposableIncome, rigidExpenditure, annualHardshipCosts, assets, consentSigned, recordedBy,
                documents);
    }
}
