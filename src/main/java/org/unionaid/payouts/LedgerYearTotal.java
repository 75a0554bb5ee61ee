package org.unionaid.payouts;

import java.math.BigDecimal;

/** What a household received in one year of one kind: the counted entries' number and sum. */
public record LedgerYearTotal(int year, LedgerKind kind, int entries, BigDecimal amount) {
}
