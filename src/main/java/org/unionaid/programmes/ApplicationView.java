package org.unionaid.programmes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.unionaid.documents.DocumentView;

/**
 * An application as its page shows it, with the stored eligibility check. {@code workerName} is masked for
 * PARTNER readers; {@code payoutState} is the payout's state as last reported by the payouts module.
 */
public record ApplicationView(long id, String reference, long programmeId, String programmeName,
                              ProgrammeKind programmeKind, long workerId, String workerName, @Nullable Long memberId,
                              @Nullable String memberName, long branchId, String branchName, ApplicationOrigin origin,
                              String submittedBy, ApplicationState state, boolean eligible, int ruleVersion,
                              List<RuleResult> results, List<Answer> answers, @Nullable String tierLabel,
                              @Nullable BigDecimal amount, Instant checkedAt, String statement,
                              @Nullable String infoRequest, @Nullable String infoAnswer,
                              @Nullable String recommendation, @Nullable String recommendedBy,
                              @Nullable String decisionReason, @Nullable String decidedBy, @Nullable Long payoutId,
                              @Nullable String payoutState, List<Transition> history, List<DocumentView> documents,
                              Instant createdAt, long version, java.time.@Nullable LocalDate noticeStartedOn,
                              java.time.@Nullable LocalDate noticeEndsOn) {

    public record Answer(String question, boolean answer) {
    }

    public record Transition(@Nullable ApplicationState from, ApplicationState to, String actor,
                             @Nullable String reason, Instant at) {
    }
}
