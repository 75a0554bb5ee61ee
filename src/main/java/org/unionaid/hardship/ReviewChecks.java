package org.unionaid.hardship;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.hardship.domain.HardshipFile;
import org.unionaid.people.People;
import org.unionaid.shared.BusinessRuleException;

/**
 * Recalculates an ACTIVE file's eligibility for its annual review with the same rules as filing
 * ({@link FilingRules#preview}: the aid of the last twelve months in the household's benefit ledger counts as
 * income), so the review page shows the figures and the outcome they suggest, and the review keeps them.
 */
@Service
@Transactional(readOnly = true)
public class ReviewChecks {

    private final HardshipFileRecords records;
    private final People people;
    private final FilingRules filing;
    private final Clock clock;

    ReviewChecks(HardshipFileRecords records, People people, FilingRules filing, Clock clock) {
        this.records = records;
        this.people = people;
        this.filing = filing;
        this.clock = clock;
    }

    @PreAuthorize(HardshipFiles.READERS)
    public ReviewCheck check(long fileId) {
        return check(records.loadVisible(fileId));
    }

    ReviewCheck check(HardshipFile file) {
        HardshipFilePreview preview;
        try {
            preview = filing.preview(people.get(file.primaryWorkerId()), null, HardshipFiles.FilingAnswers.none(),
                    LocalDate.now(clock));
        } catch (BusinessRuleException e) {
            return ReviewCheck.unavailable(e.code());
        }
        EligibilityAssessment assessment = preview.assessment();
        HardshipCategory suggested = assessment.suggestedCategory();
        ReviewOutcome outcome = suggested == null ? ReviewOutcome.EXIT
                : suggested == file.category() ? ReviewOutcome.CONTINUE : ReviewOutcome.CHANGE_CATEGORY;
        return new ReviewCheck(assessment.perCapitaMonthlyIncome(), preview.aidReceived(), preview.aidLines(),
                suggested, assessment.reasonKey(), assessment.reasonArgs(), outcome, null);
    }
}
