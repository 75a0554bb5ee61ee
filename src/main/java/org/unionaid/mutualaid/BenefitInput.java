package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The facts of one claim the rules look at.
 *
 * @param admission          first day in hospital (the event date)
 * @param discharge          last day in hospital; the claim deadline runs from it
 * @param filedOn            the day the claim is submitted
 * @param invoiceTotal       the hospital invoices' total
 * @param basicInsurancePaid what the basic medical insurance paid of it
 * @param selfPaid           what the member paid themselves
 * @param grantedThisYear    benefits already granted to the member under this plan in the event's year
 * @param claimsThisYear     other claims of the member under this plan in the event's year (not counting this one)
 */
public record BenefitInput(
        LocalDate admission,
        LocalDate discharge,
        LocalDate filedOn,
        BigDecimal invoiceTotal,
        BigDecimal basicInsurancePaid,
        BigDecimal selfPaid,
        BigDecimal grantedThisYear,
        int claimsThisYear) {

    /** Hospital days: nights between admission and discharge, at least one. */
    public long hospitalDays() {
        return Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(admission, discharge));
    }
}
