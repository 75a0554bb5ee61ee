package org.unionaid.hardship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.hardship.domain.HardshipFile;
import org.unionaid.hardship.domain.ReviewRecord;
import org.unionaid.hardship.domain.ReviewRecordRepository;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actors;

/**
 * Annual reviews of ACTIVE files: a review records its findings and outcome (CONTINUE, CHANGE_CATEGORY, or
 * EXIT, which exits the file and starts its monitoring) and sets the next review a year after it. Lists of
 * reviews due this month and overdue, within the caller's subtree, paged in the database.
 */
@Service
@Transactional
public class Reviews {

    private final HardshipFiles files;
    private final ReviewRecordRepository reviews;
    private final HardshipFileSearch search;
    private final Branches branches;
    private final AuditTrail audit;
    private final Clock clock;
    private final ReviewChecks checks;
    private final FileConsents consents;
    private final org.springframework.beans.factory.ObjectProvider<CivilAffairsCrossCheck> crossCheck;

    Reviews(HardshipFiles files, ReviewRecordRepository reviews, HardshipFileSearch search, Branches branches,
            AuditTrail audit, Clock clock, ReviewChecks checks, FileConsents consents,
            org.springframework.beans.factory.ObjectProvider<CivilAffairsCrossCheck> crossCheck) {
        this.checks = checks;
        this.consents = consents;
        this.crossCheck = crossCheck;
        this.files = files;
        this.reviews = reviews;
        this.search = search;
        this.branches = branches;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('CASEWORKER')")
    public ReviewView record(long fileId, LocalDate reviewedOn, String findings, ReviewOutcome outcome,
                             @Nullable HardshipCategory newCategory) {
        HardshipFile file = files.loadVisible(fileId);
        if (file.state() != HardshipFileState.ACTIVE) {
            throw new BusinessRuleException("hardshipFile.review.notActive", file.state());
        }
        if (findings.isBlank()) {
            throw new BusinessRuleException("hardshipFile.reason.required");
        }
        if (reviewedOn.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("review.date.future");
        }
        if (outcome == ReviewOutcome.CHANGE_CATEGORY && (newCategory == null || newCategory == file.category())) {
            throw new BusinessRuleException("review.newCategory.required");
        }
        if (outcome != ReviewOutcome.EXIT) {
            // the household stays filed: its authorisation must still hold, and the cross-check runs again
            consents.requireValid(file);
        }
        HardshipCategory category = outcome == ReviewOutcome.CHANGE_CATEGORY ? newCategory : null;
        ReviewRecord record = new ReviewRecord(fileId, reviewedOn, findings.strip(), outcome, category,
                Actors.currentName());
        ReviewCheck check = checks.check(file);
        record.assessed(check.perCapitaMonthlyIncome(), check.aidReceived(), check.suggestedCategory(),
                check.suggestedOutcome());
        ReviewRecord review = reviews.saveAndFlush(record);
        ReviewView view = review.toView();
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("fileId", fileId);
        after.put("reviewedOn", reviewedOn.toString());
        after.put("outcome", outcome);
        after.put("newCategory", String.valueOf(category));
        after.put("assessedPerCapita", String.valueOf(check.perCapitaMonthlyIncome()));
        after.put("aidCounted", check.aidReceived());
        after.put("suggestedOutcome", String.valueOf(check.suggestedOutcome()));
        audit.record(AuditEntry.of("Review", view.id(), "CREATE", file.branchId()).withAfter(after));
        switch (outcome) {
            case CONTINUE -> file.reviewed(reviewedOn);
            case CHANGE_CATEGORY -> {
                files.changeCategory(file, category, findings.strip());
                file.reviewed(reviewedOn);
            }
            case EXIT -> files.exitAndMonitor(file, findings.strip());
        }
        crossCheck.ifAvailable(civilAffairs -> civilAffairs.recheck(fileId));
        return view;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(HardshipFiles.READERS)
    public List<ReviewView> ofFile(long fileId) {
        files.loadVisible(fileId);
        return reviews.findByFileIdOrderByReviewedOnDescIdDesc(fileId).stream().map(ReviewRecord::toView).toList();
    }

    /** ACTIVE files of the subtree whose review falls due in the current month (from today on). */
    @Transactional(readOnly = true)
    @PreAuthorize(HardshipFiles.READERS)
    public Page<HardshipFileSummary> dueThisMonth(Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        return search.reviewsDue(scope(), today, today.withDayOfMonth(1).plusMonths(1), pageable);
    }

    /** ACTIVE files of the subtree whose review date has passed. */
    @Transactional(readOnly = true)
    @PreAuthorize(HardshipFiles.READERS)
    public Page<HardshipFileSummary> overdue(Pageable pageable) {
        return search.reviewsDue(scope(), LocalDate.of(1900, 1, 1), LocalDate.now(clock), pageable);
    }

    private String scope() {
        return branches.scopeOf(Actors.required().branchId()).likePattern();
    }
}
