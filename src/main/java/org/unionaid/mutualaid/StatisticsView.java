package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Figures of mutual aid for a plan (or all) in a branch subtree: members enrolled and contributions, claims by
 * state, amounts approved and paid, the members who claimed most often, and how many members received more
 * than {@code threshold} in total (a reported plan: '130 received over 10,000 yuan', 'one member claimed 21 times').
 */
public record StatisticsView(long members, BigDecimal contributions, Map<ClaimState, Long> claimsByState,
                             long claims, BigDecimal approvedTotal, BigDecimal paidTotal, long paidClaims,
                             BigDecimal largestBenefit, BigDecimal threshold, long membersOverThreshold,
                             List<MemberClaims> topClaimants) {

    /** Whether {@link #membersOverThreshold} stopped at the count's cap (then it means "more than the cap"). */
    public boolean membersOverCapped() {
        return org.unionaid.shared.sql.CappedCount.capped(membersOverThreshold);
    }

    /** The cap of {@link #membersOverThreshold}. */
    public int countCap() {
        return org.unionaid.shared.sql.CappedCount.CAP;
    }

    /** One member's claims: how many (not counting drafts) and what they were granted in total. */
    public record MemberClaims(long workerId, String workerName, String branchName, long claims, BigDecimal granted) {
    }
}
