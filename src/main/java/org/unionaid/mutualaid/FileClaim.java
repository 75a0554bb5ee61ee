package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.jspecify.annotations.Nullable;

/**
 * A claim as filed (a DRAFT until submitted). {@code workerId} null: the signed-in worker's own claim; else a
 * caseworker files on the worker's behalf. The constraints are checked where the claim comes in over the API.
 */
public record FileClaim(@Positive long planId, @Nullable Long workerId, @NotNull LocalDate admission,
                        @NotNull LocalDate discharge, @NotBlank String hospital, @NotBlank String diagnosis,
                        @NotNull BigDecimal invoiceTotal, @NotNull BigDecimal basicInsurancePaid,
                        @NotNull BigDecimal selfPaid, List<String> invoiceNumbers) {

    /** No invoice numbers given: none. */
    public FileClaim {
        invoiceNumbers = invoiceNumbers == null ? List.of() : invoiceNumbers;
    }

    @Override
    public String toString() {
        return "FileClaim[plan " + planId + "]";
    }
}
