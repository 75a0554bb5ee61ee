package org.unionaid.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.unionaid.hardship.HardshipCategory;
import org.unionaid.hardship.LeadState;
import org.unionaid.mutualaid.ClaimState;
import org.unionaid.payouts.PayoutSourceType;

/**
 * The figures of the caller's branch subtree. A section is null when the caller's roles do not cover its
 * domain (the page and the export then leave it out).
 */
public record DashboardView(@Nullable Map<LeadState, Long> openLeads,
                            @Nullable Map<HardshipCategory, Long> activeFiles,
                            @Nullable Map<ClaimState, Long> claims,
                            @Nullable Paid paid,
                            @Nullable List<Budget> budgets) {

    /**
     * Money paid in the months shown (oldest first): one row per month and programme (or origin without a
     * programme), and the same amounts as series over the months for the chart.
     */
    public record Paid(List<YearMonth> months, List<PaidRow> rows, List<PaidSeries> series, BigDecimal total) {
    }

    /** {@code programmeName} is null for an origin without a programme; then {@code sourceType} names it. */
    public record PaidRow(YearMonth month, @Nullable String programmeName, PayoutSourceType sourceType,
                          long payouts, BigDecimal amount) {
    }

    /** One programme's (or origin's) amounts per month, aligned with {@link Paid#months()}. */
    public record PaidSeries(@Nullable String programmeName, PayoutSourceType sourceType, List<BigDecimal> amounts,
                             BigDecimal total) {
    }

    /** Budget use of one programme; {@code usedPercent} = (committed + paid) / allocated, 0 without budget. */
    public record Budget(String programmeName, BigDecimal allocated, BigDecimal committed, BigDecimal paid,
                         BigDecimal available, int usedPercent) {
    }

    public boolean empty() {
        return openLeads == null && activeFiles == null && claims == null && paid == null && budgets == null;
    }
}
