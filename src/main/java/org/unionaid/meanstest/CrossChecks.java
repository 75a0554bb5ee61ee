package org.unionaid.meanstest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.branches.Branches;
import org.unionaid.hardship.CivilAffairsCrossCheck;
import org.unionaid.hardship.CrossCheckResult;
import org.unionaid.hardship.FileReviewTasks;
import org.unionaid.hardship.HardshipFileState;
import org.unionaid.hardship.MeansTestFile;
import org.unionaid.hardship.MeansTestFiles;
import org.unionaid.hardship.ReviewTrigger;
import org.unionaid.meanstest.domain.CivilAffairsImportRepository;
import org.unionaid.meanstest.domain.CivilAffairsRecord;
import org.unionaid.meanstest.domain.CivilAffairsRecordRepository;
import org.unionaid.shared.Money;

/**
 * The verdict of a file's civil-affairs records and the review tasks they raise. A file's records are those matched
 * to its primary worker by imports of the file's branch or a branch above it. Rules:
 * <ul>
 *   <li>on the 低保 or 特困 roll: consistent, shown as supporting evidence;</li>
 *   <li>a registered business or a vehicle: contradicts the filing;</li>
 *   <li>a property: contradicts when there are two or more, or when the household declared no assets at the
 *       verification visit (nothing recorded, or "无", "没有", "none", "no", "-").</li>
 * </ul>
 * A file with any contradicting record NEEDS_REVIEW; otherwise it is CONSISTENT. Each contradicting record raises
 * one review task (CIVIL_AFFAIRS_MISMATCH) on the file; a file in MONITORING gets instead one relapse task
 * (RELAPSE_CIVIL_AFFAIRS) per import that matched it, whatever the records say.
 */
@Component
@Transactional
class CrossChecks implements CivilAffairsCrossCheck {

    private static final Pattern NONE = Pattern.compile("(?i)\\s*(无|没有|无资产|none|no|nil|-|—)?\\s*[。.]?\\s*");

    private final CivilAffairsRecordRepository records;
    private final CivilAffairsImportRepository imports;
    private final MeansTestFiles files;
    private final FileReviewTasks tasks;
    private final Branches branches;

    CrossChecks(CivilAffairsRecordRepository records, CivilAffairsImportRepository imports, MeansTestFiles files,
                FileReviewTasks tasks, Branches branches) {
        this.records = records;
        this.imports = imports;
        this.files = files;
        this.tasks = tasks;
        this.branches = branches;
    }

    @Override
    @Transactional(readOnly = true)
    public CrossCheckResult of(long fileId) {
        MeansTestFile file = files.get(fileId);
        return evaluate(file, recordsOf(file));
    }

    @Override
    public CrossCheckResult recheck(long fileId) {
        MeansTestFile file = files.get(fileId);
        List<CivilAffairsRecord> found = recordsOf(file);
        CrossCheckResult result = evaluate(file, found);
        raiseMismatches(file, result);
        return result;
    }

    /** After an import: the tasks the import's records raise on one matched file. */
    CrossCheckResult afterImport(MeansTestFile file, long importId) {
        List<CivilAffairsRecord> found = recordsOf(file);
        CrossCheckResult result = evaluate(file, found);
        if (file.state() == HardshipFileState.MONITORING) {
            String detail = found.stream().filter(r -> r.importId() == importId)
                    .map(CrossChecks::describe).collect(Collectors.joining("; "));
            tasks.raise(file.id(), ReviewTrigger.RELAPSE_CIVIL_AFFAIRS, "#" + importId + ": " + detail,
                    "CIVIL_AFFAIRS_IMPORT:" + importId);
        } else {
            raiseMismatches(file, result);
        }
        return result;
    }

    private void raiseMismatches(MeansTestFile file, CrossCheckResult result) {
        if (file.state() == HardshipFileState.MONITORING) {
            return;
        }
        for (CrossCheckResult.Match match : result.matches()) {
            if (match.contradicts()) {
                tasks.raise(file.id(), ReviewTrigger.CIVIL_AFFAIRS_MISMATCH, "#" + match.importId() + ": "
                        + match.kind() + " " + text(match), "CIVIL_AFFAIRS:" + match.recordId());
            }
        }
    }

    List<CivilAffairsRecord> recordsOf(MeansTestFile file) {
        List<CivilAffairsRecord> all = records.findByWorkerIdOrderByRecordedOnDescIdDesc(file.primaryWorkerId());
        Set<Long> importIds = all.stream().map(CivilAffairsRecord::importId).collect(Collectors.toSet());
        Map<Long, Long> importBranch = new HashMap<>();
        imports.findAllById(importIds).forEach(i -> importBranch.put(i.id(), i.branchId()));
        return all.stream().filter(r -> branches.covers(importBranch.get(r.importId()), file.branchId())).toList();
    }

    static CrossCheckResult evaluate(MeansTestFile file, List<CivilAffairsRecord> found) {
        boolean declaredNone = declaredNone(file.declaredAssets());
        long properties = found.stream().filter(r -> r.kind() == CivilAffairsKind.PROPERTY).count();
        List<CrossCheckResult.Match> matches = new ArrayList<>();
        boolean contradicted = false;
        for (CivilAffairsRecord r : found) {
            boolean contradicts = switch (r.kind()) {
                case MINIMUM_LIVING, EXTREME_POVERTY -> false;
                case BUSINESS, VEHICLE -> true;
                case PROPERTY -> properties >= 2 || declaredNone;
            };
            contradicted |= contradicts;
            matches.add(new CrossCheckResult.Match(r.id(), r.kind().name(), contradicts, r.kind().supporting(),
                    r.amount(), r.description(), r.recordedOn(), r.importId()));
        }
        return new CrossCheckResult((contradicted ? Verdict.NEEDS_REVIEW : Verdict.CONSISTENT).name(), matches);
    }

    static boolean declaredNone(@Nullable String assets) {
        return assets == null || NONE.matcher(assets).matches();
    }

    private static String describe(CivilAffairsRecord r) {
        return r.kind().name() + " " + (r.amount() == null ? "" : Money.format(r.amount()) + " ")
                + (r.description() == null ? "" : r.description() + " ") + r.recordedOn();
    }

    private static String text(CrossCheckResult.Match m) {
        return ((m.amount() == null ? "" : Money.format(m.amount()) + " ")
                + (m.description() == null ? "" : m.description() + " ") + m.recordedOn()).strip();
    }
}
