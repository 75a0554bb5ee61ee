package org.unionaid.mutualaid.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.unionaid.mutualaid.FileClaim;

/** A claim as the worker (or a caseworker for them) enters it on a phone. */
public class ClaimForm {

    @NotNull(message = "{mutualaid.required}")
    private @Nullable Long planId;

    private @Nullable Long workerId;

    @NotNull(message = "{mutualaid.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate admission;

    @NotNull(message = "{mutualaid.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate discharge;

    @NotBlank(message = "{mutualaid.required}")
    @Size(max = 200, message = "{mutualaid.text.tooLong}")
    private @Nullable String hospital;

    @NotBlank(message = "{mutualaid.required}")
    @Size(max = 500, message = "{mutualaid.text.tooLong}")
    private @Nullable String diagnosis;

    @NotNull(message = "{mutualaid.required}")
    @DecimalMin(value = "0", message = "{mutualaid.amount.invalid}")
    private @Nullable BigDecimal invoiceTotal;

    @NotNull(message = "{mutualaid.required}")
    @DecimalMin(value = "0", message = "{mutualaid.amount.invalid}")
    private @Nullable BigDecimal basicInsurancePaid = BigDecimal.ZERO;

    @NotNull(message = "{mutualaid.required}")
    @DecimalMin(value = "0", message = "{mutualaid.amount.invalid}")
    private @Nullable BigDecimal selfPaid;

    @Size(max = 1000, message = "{mutualaid.text.tooLong}")
    private @Nullable String invoiceNumbers;

    /** {@code today} (the application's zone) stands in for a missing date. */
    FileClaim toCommand(LocalDate today) {
        return new FileClaim(planId == null ? 0 : planId, workerId, admission == null ? today : admission,
                discharge == null ? today : discharge, hospital == null ? "" : hospital,
                diagnosis == null ? "" : diagnosis, nonNull(invoiceTotal), nonNull(basicInsurancePaid),
                nonNull(selfPaid), invoiceNumbers == null ? java.util.List.of()
                : Arrays.stream(invoiceNumbers.split("[,，;\\s]+")).filter(s -> !s.isBlank()).toList());
    }

    private static BigDecimal nonNull(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    public @Nullable Long getPlanId() { return planId; }
    public void setPlanId(@Nullable Long planId) { this.planId = planId; }
    public @Nullable Long getWorkerId() { return workerId; }
    public void setWorkerId(@Nullable Long workerId) { this.workerId = workerId; }
    public @Nullable LocalDate getAdmission() { return admission; }
    public void setAdmission(@Nullable LocalDate admission) { this.admission = admission; }
    public @Nullable LocalDate getDischarge() { return discharge; }
    public void setDischarge(@Nullable LocalDate discharge) { this.discharge = discharge; }
    public @Nullable String getHospital() { return hospital; }
    public void setHospital(@Nullable String hospital) { this.hospital = hospital; }
    public @Nullable String getDiagnosis() { return diagnosis; }
    public void setDiagnosis(@Nullable String diagnosis) { this.diagnosis = diagnosis; }
    public @Nullable BigDecimal getInvoiceTotal() { return invoiceTotal; }
    public void setInvoiceTotal(@Nullable BigDecimal invoiceTotal) { this.invoiceTotal = invoiceTotal; }
    public @Nullable BigDecimal getBasicInsurancePaid() { return basicInsurancePaid; }
    public void setBasicInsurancePaid(@Nullable BigDecimal basicInsurancePaid) { this.basicInsurancePaid = basicInsurancePaid; }
    public @Nullable BigDecimal getSelfPaid() { return selfPaid; }
    public void setSelfPaid(@Nullable BigDecimal selfPaid) { this.selfPaid = selfPaid; }
    public @Nullable String getInvoiceNumbers() { return invoiceNumbers; }
    public void setInvoiceNumbers(@Nullable String invoiceNumbers) { this.invoiceNumbers = invoiceNumbers; }
}
