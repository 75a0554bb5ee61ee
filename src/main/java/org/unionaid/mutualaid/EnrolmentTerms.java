package org.unionaid.mutualaid;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/**
 * The enrolment terms of a rule version, as a union publishes them: shares per member (1..{@code maxShares}; the
 * contribution, the benefit amounts and the caps scale by them), the eligible ages at enrolment (each optional),
 * the term's kind and length in years (1–3), what a late joiner pays, and the employer participation floor (a
 * minimum share of the employer's staff and/or a minimum number of members; each optional).
 */
public record EnrolmentTerms(
        int maxShares,
        @Nullable Integer minAge,
        @Nullable Integer maxAge,
        @NotNull TermKind termKind,
        int termYears,
        @NotNull LateJoinerRule lateJoiner,
        @Nullable BigDecimal minParticipationPercent,
        @Nullable Integer minParticipants) {

    /** The terms of every version stored before they existed: one share, any age, one calendar year, full term. */
    public static final EnrolmentTerms DEFAULT = new EnrolmentTerms(1, null, null, TermKind.CALENDAR_YEAR, 1,
            LateJoinerRule.FULL_TERM, null, null);

    public EnrolmentTerms {
        termKind = termKind == null ? TermKind.CALENDAR_YEAR : termKind;
        lateJoiner = lateJoiner == null ? LateJoinerRule.FULL_TERM : lateJoiner;
    }

    public boolean hasFloor() {
        return minParticipationPercent != null || minParticipants != null;
    }
}
