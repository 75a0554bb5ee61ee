package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A claim as filed (a DRAFT until submitted). {@code workerId} null: the signed-in worker's own claim; else a
 * caseworker files on the worker's behalf.
 */
public record FileClaim(long planId, @Nullable Long workerId, LocalDate admission, LocalDate discharge,
                        String hospital, String diagnosis, BigDecimal invoiceTotal, BigDecimal basicInsurancePaid,
                        BigDecimal selfPaid, List<String> invoiceNumbers) {

    @Override
    public String toString() {
        return "FileClaim[plan " + planId + "]";
    }
}
