package org.unionaid.payouts;

import java.util.List;

/**
 * Aid a household received that is not a payout nor recorded outside aid, kept by another module — the micro-wishes
 * donors delivered — as entries of the worker's benefit ledger ({@link BenefitLedger}). Implemented by that module
 * (payouts depends on none of them); called after the ledger has checked the caller may read the worker's ledger.
 */
public interface LedgerContributions {

    /** The worker's entries, newest first (at most a few hundred). */
    List<LedgerEntry> entriesOf(long workerId);
}
