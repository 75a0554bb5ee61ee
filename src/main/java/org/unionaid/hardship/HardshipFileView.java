package org.unionaid.hardship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.unionaid.people.WorkerType;

/** A file as shown on its page, with its history. */
public record HardshipFileView(
        long id,
        String fileNumber,
        long workerId,
        String workerName,
        long householdId,
        long branchId,
        String branchName,
        @Nullable Long leadId,
        HardshipCategory category,
        HardshipFileLevel level,
        HardshipFileCause primaryCause,
        List<HardshipFileCause> secondaryCauses,
        WorkerType workerType,
        HardshipFileOrigin origin,
        int householdSize,
        BigDecimal annualIncome,
        BigDecimal rigidExpenditure,
        BigDecimal perCapitaIncome,
        long ruleSetId,
        BigDecimal minLivingStandard,
        @Nullable HardshipCategory suggestedCategory,
        String reasonKey,
        List<String> reasonArgs,
        @Nullable String overrideReason,
        String caseworkerName,
        HardshipFileState state,
        LocalDate filedOn,
        @Nullable LocalDate noticeEndsOn,
        @Nullable LocalDate activatedOn,
        @Nullable LocalDate exitedOn,
        @Nullable String exitReason,
        @Nullable LocalDate monitoringEndsOn,
        @Nullable LocalDate closedOn,
        @Nullable HardshipFileCancelReason cancelReasonCode,
        @Nullable String cancelReasonText,
        @Nullable LocalDate nextReviewDue,
        long version,
        List<FileTransitionView> history) {

    public Object[] reasonArgsArray() {
        return reasonArgs.toArray();
    }
}
