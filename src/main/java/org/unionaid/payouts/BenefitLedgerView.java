package org.unionaid.payouts;

import java.util.List;

/** All aid a household received, newest first, with totals per year and kind (newest year first). */
public record BenefitLedgerView(long workerId, String workerName, List<LedgerEntry> entries,
                                List<LedgerYearTotal> totals) {
}
