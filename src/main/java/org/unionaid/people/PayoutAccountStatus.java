package org.unionaid.people;

/** Whether a worker's payout account can be paid (stored on the worker, so lists can show it without decrypting). */
public enum PayoutAccountStatus {
    /** Bank name, holder and a valid number. */
    OK,
    /** No account number. */
    MISSING,
    /** A valid number, but no bank name or no holder name. */
    INCOMPLETE,
    /** The stored number fails the checks (entered before they existed). */
    INVALID
}
