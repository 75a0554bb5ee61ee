package org.unionaid.mutualaid;

/**
 * Which of the claim's amounts count as eligible: the whole invoice, the invoice minus what the basic medical
 * insurance paid, or only what the member paid themselves.
 */
public enum CountedAmounts {
    INVOICE_TOTAL, MINUS_BASIC_INSURANCE, SELF_PAID_ONLY
}
