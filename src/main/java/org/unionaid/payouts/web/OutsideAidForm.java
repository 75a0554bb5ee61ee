package org.unionaid.payouts.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;
import org.unionaid.payouts.AidPurpose;
import org.unionaid.payouts.OutsideAidKind;

/** A caseworker's record of aid a household received from outside the union, with its evidence. */
public class OutsideAidForm {

    @NotNull(message = "{ledger.form.required}")
    private @Nullable OutsideAidKind kind = OutsideAidKind.GOVERNMENT_ASSISTANCE;

    @NotNull(message = "{ledger.form.required}")
    private @Nullable AidPurpose purpose;

    @NotBlank(message = "{ledger.provider.required}")
    @Size(max = 200, message = "{ledger.form.tooLong}")
    private @Nullable String provider;

    @Size(max = 500, message = "{ledger.form.tooLong}")
    private @Nullable String description;

    @NotNull(message = "{ledger.amount.invalid}")
    @DecimalMin(value = "0.01", message = "{ledger.amount.invalid}")
    private @Nullable BigDecimal amount;

    @NotNull(message = "{ledger.receivedOn.invalid}")
    @PastOrPresent(message = "{ledger.receivedOn.invalid}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate receivedOn;

    private @Nullable MultipartFile evidence;

    public @Nullable OutsideAidKind getKind() { return kind; }
    public void setKind(@Nullable OutsideAidKind kind) { this.kind = kind; }
    public @Nullable AidPurpose getPurpose() { return purpose; }
    public void setPurpose(@Nullable AidPurpose purpose) { this.purpose = purpose; }
    public @Nullable String getProvider() { return provider; }
    public void setProvider(@Nullable String provider) { this.provider = provider; }
    public @Nullable String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = description; }
    public @Nullable BigDecimal getAmount() { return amount; }
    public void setAmount(@Nullable BigDecimal amount) { this.amount = amount; }
    public @Nullable LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(@Nullable LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public @Nullable MultipartFile getEvidence() { return evidence; }
    public void setEvidence(@Nullable MultipartFile evidence) { this.evidence = evidence; }
}
