package org.unionaid.payouts;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Aid from outside the union a caseworker records for a household: who gave it, for what, how much, when, and the
 * evidence (a scan or photo of the decision or receipt; optional: {@code evidenceName} null).
 */
public record RecordOutsideAid(long workerId, OutsideAidKind kind, AidPurpose purpose, String provider,
                               @Nullable String description, BigDecimal amount, LocalDate receivedOn,
                               @Nullable String evidenceName, byte @Nullable [] evidence) {
}
