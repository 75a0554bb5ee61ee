package org.unionaid.hardship.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;
import org.unionaid.hardship.VisitRecord;

/** A verification visit; visitors are typed one per line (at least two). */
public class VisitForm {

    @NotNull(message = "{visit.form.date.required}")
    @PastOrPresent(message = "{visit.form.date.future}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate visitDate;

    @NotBlank(message = "{visit.visitors.atLeastTwo}")
    @Size(max = 1000, message = "{lead.form.tooLong}")
    private @Nullable String visitors;

    @NotBlank(message = "{visit.form.findings.required}")
    @Size(max = 8000, message = "{lead.form.tooLong}")
    private @Nullable String findings;

    @Min(value = 1, message = "{visit.form.size.range}")
    @Max(value = 30, message = "{visit.form.size.range}")
    private int householdSize = 1;

    @NotNull(message = "{visit.form.money.required}")
    @DecimalMin(value = "0", message = "{visit.form.money.notNegative}")
    @Digits(integer = 12, fraction = 2, message = "{eligibility.form.money.format}")
    private @Nullable BigDecimal annualDisposableIncome;

    @DecimalMin(value = "0", message = "{visit.form.money.notNegative}")
    @Digits(integer = 12, fraction = 2, message = "{eligibility.form.money.format}")
    private @Nullable BigDecimal rigidExpenditure = BigDecimal.ZERO;

    @DecimalMin(value = "0", message = "{visit.form.money.notNegative}")
    @Digits(integer = 12, fraction = 2, message = "{eligibility.form.money.format}")
    private @Nullable BigDecimal annualHardshipCosts = BigDecimal.ZERO;

    @Size(max = 2000, message = "{lead.form.tooLong}")
    private @Nullable String assets;

    private boolean consentSigned;

    private List<MultipartFile> photos = new ArrayList<>();

    private List<MultipartFile> documents = new ArrayList<>();

    VisitRecord toRecord() {
        List<String> names = visitors == null ? List.of()
                : Arrays.stream(visitors.split("[\\r\\n,，、]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new VisitRecord(visitDate, names, findings == null ? "" : findings, householdSize,
                annualDisposableIncome == null ? BigDecimal.ZERO : annualDisposableIncome,
                rigidExpenditure == null ? BigDecimal.ZERO : rigidExpenditure,
                annualHardshipCosts == null ? BigDecimal.ZERO : annualHardshipCosts, assets, consentSigned);
    }

    public @Nullable LocalDate getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(@Nullable LocalDate visitDate) {
        this.visitDate = visitDate;
    }

    public @Nullable String getVisitors() {
        return visitors;
    }

    public void setVisitors(@Nullable String visitors) {
        this.visitors = visitors;
    }

    public @Nullable String getFindings() {
        return findings;
    }

    public void setFindings(@Nullable String findings) {
        this.findings = findings;
    }

    public int getHouseholdSize() {
        return householdSize;
    }

    public void setHouseholdSize(int householdSize) {
        this.householdSize = householdSize;
    }

    public @Nullable BigDecimal getAnnualDisposableIncome() {
        return annualDisposableIncome;
    }

    public void setAnnualDisposableIncome(@Nullable BigDecimal annualDisposableIncome) {
        this.annualDisposableIncome = annualDisposableIncome;
    }

    public @Nullable BigDecimal getRigidExpenditure() {
        return rigidExpenditure;
    }

    public void setRigidExpenditure(@Nullable BigDecimal rigidExpenditure) {
        this.rigidExpenditure = rigidExpenditure;
    }

    public @Nullable BigDecimal getAnnualHardshipCosts() {
        return annualHardshipCosts;
    }

    public void setAnnualHardshipCosts(@Nullable BigDecimal annualHardshipCosts) {
        this.annualHardshipCosts = annualHardshipCosts;
    }

    public @Nullable String getAssets() {
        return assets;
    }

    public void setAssets(@Nullable String assets) {
        this.assets = assets;
    }

    public boolean isConsentSigned() {
        return consentSigned;
    }

    public void setConsentSigned(boolean consentSigned) {
        this.consentSigned = consentSigned;
    }

    public List<MultipartFile> getPhotos() {
        return photos;
    }

    public void setPhotos(List<MultipartFile> photos) {
        this.photos = photos;
    }

    public List<MultipartFile> getDocuments() {
        return documents;
    }

    public void setDocuments(List<MultipartFile> documents) {
        this.documents = documents;
    }
}
