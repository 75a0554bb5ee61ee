package org.unionaid.payouts;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * The money paid in one month (a month in the configured zone, {@code unionaid.time-zone}) for one programme,
 * or — when {@code programmeId} is null — for one kind of origin without a programme (mutual-aid claims,
 * assistance-plan measures).
 */
public record PaidInMonth(YearMonth month, @Nullable Long programmeId, PayoutSourceType sourceType, long payouts,
                          BigDecimal amount) {
}
