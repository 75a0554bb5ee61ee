package org.unionaid.meanstest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.hardship.CrossCheckResult;
import org.unionaid.hardship.FileReviewTasks;
import org.unionaid.hardship.HardshipFileSummary;

/**
 * The files to re-verify (待复核): files of the caller's subtree with an open review task raised by the civil-affairs
 * cross-check, with their verdict today (NEEDS_REVIEW, unless the records that raised the task have since been
 * outweighed), by file number.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(CivilAffairsImports.READERS)
public class FilesToReverify {

    private final FileReviewTasks tasks;
    private final CrossChecks checks;

    FilesToReverify(FileReviewTasks tasks, CrossChecks checks) {
        this.tasks = tasks;
        this.checks = checks;
    }

    public Page<Row> list(Pageable pageable) {
        return tasks.filesWithOpenTasks(FileReviewTasks.CIVIL_AFFAIRS, pageable).map(f -> {
            CrossCheckResult result = checks.of(f.id());
            return new Row(f, Verdict.valueOf(result.verdict()),
                    (int) result.matches().stream().filter(CrossCheckResult.Match::contradicts).count(),
                    tasks.openOf(f.id()).size());
        });
    }

    /** A file to re-verify: the file, its verdict, its contradicting matches and its open review tasks. */
    public record Row(HardshipFileSummary file, Verdict verdict, int contradicting, int openTasks) {
    }
}
