package org.unionaid.hardship;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.hardship.domain.FileReviewTask;
import org.unionaid.hardship.domain.FileReviewTaskRepository;
import org.unionaid.hardship.domain.HardshipFile;
import org.unionaid.hardship.domain.HardshipFileRepository;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actors;

/**
 * Review tasks on a file (复核任务): raised by a civil-affairs match that contradicts the filing (the meanstest
 * module) or by the relapse watch during monitoring ({@link RelapseWatch}), shown on the file's page with what
 * raised them, and resolved by a caseworker of the file's subtree with a note. One cause ({@code sourceRef}) raises
 * at most one task per file. Raising and resolving are audited.
 */
@Service
@Transactional
public class FileReviewTasks {

    static final String ENTITY = "FileReviewTask";

    /** The triggers of the civil-affairs cross-check (the files to re-verify). */
    public static final Set<ReviewTrigger> CIVIL_AFFAIRS = EnumSet.of(ReviewTrigger.CIVIL_AFFAIRS_MISMATCH,
            ReviewTrigger.RELAPSE_CIVIL_AFFAIRS);

    private final FileReviewTaskRepository tasks;
    private final HardshipFileRepository files;
    private final HardshipFileRecords records;
    private final HardshipFileSearch search;
    private final Branches branches;
    private final AuditTrail audit;
    private final Clock clock;

    FileReviewTasks(FileReviewTaskRepository tasks, HardshipFileRepository files, HardshipFileRecords records,
                    HardshipFileSearch search, Branches branches, AuditTrail audit, Clock clock) {
        this.tasks = tasks;
        this.files = files;
        this.records = records;
        this.search = search;
        this.branches = branches;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Raises a task on an open file unless the same cause already raised one there; empty when it did or the file
     * is closed or cancelled. For other modules' services, which have checked the caller already (an import of the
     * caller's subtree, a claim approval, an application): not scoped.
     */
    public Optional<ReviewTaskView> raise(long fileId, ReviewTrigger trigger, String detail, String sourceRef) {
        HardshipFile file = files.findById(fileId).orElseThrow(() -> new HardshipFileNotFoundException(fileId));
        if (!file.state().open() || tasks.existsByFileIdAndSourceRef(fileId, sourceRef)) {
            return Optional.empty();
        }
        FileReviewTask task = tasks.saveAndFlush(new FileReviewTask(fileId, trigger, detail.strip(), sourceRef,
                Actors.currentName(), clock.instant()));
        audit.record(AuditEntry.of(ENTITY, task.id(), "RAISE", file.branchId())
                .withAfter(Map.of("fileId", fileId, "trigger", trigger, "source", sourceRef)));
        return Optional.of(task.toView());
    }

    /**
     * {@link #raise} on the worker's latest file if it is in MONITORING (the relapse watch); empty otherwise. Not
     * scoped, as {@link #raise}.
     */
    public Optional<ReviewTaskView> raiseIfMonitoring(long workerId, ReviewTrigger trigger, String detail,
                                                      String sourceRef) {
        return files.findLatestOfWorker(workerId).filter(f -> f.state() == HardshipFileState.MONITORING)
                .flatMap(f -> raise(f.id(), trigger, detail, sourceRef));
    }

    /** The file's tasks, open ones first (staff readers of the file's subtree). */
    @Transactional(readOnly = true)
    @PreAuthorize(HardshipFiles.READERS)
    public List<ReviewTaskView> ofFile(long fileId) {
        records.loadVisible(fileId);
        return tasks.findByFile(fileId).stream().map(FileReviewTask::toView).toList();
    }

    /** The open tasks of the file. */
    @Transactional(readOnly = true)
    @PreAuthorize(HardshipFiles.READERS)
    public List<ReviewTaskView> openOf(long fileId) {
        return ofFile(fileId).stream().filter(ReviewTaskView::open).toList();
    }

    /** Resolves an open task with a note (a caseworker of the file's subtree). */
    @PreAuthorize("hasRole('CASEWORKER')")
    public ReviewTaskView resolve(long taskId, @Nullable String note) {
        FileReviewTask task = tasks.findById(taskId)
                .orElseThrow(() -> new org.unionaid.shared.RecordNotFoundException(ENTITY, taskId));
        HardshipFile file = records.loadVisible(task.fileId());
        String text = HardshipFiles.blankToNull(note);
        if (text == null) {
            throw new BusinessRuleException("reviewTask.note.required");
        }
        task.resolve(text, Actors.currentName(), clock.instant());
        tasks.flush();
        audit.record(AuditEntry.of(ENTITY, taskId, "RESOLVE", file.branchId())
                .withAfter(Map.of("fileId", file.id())).withReason(text));
        return task.toView();
    }

    /** Files of the caller's subtree with an open task of one of the triggers, by file number. */
    @Transactional(readOnly = true)
    @PreAuthorize(HardshipFiles.READERS)
    public Page<HardshipFileSummary> filesWithOpenTasks(Set<ReviewTrigger> triggers, Pageable pageable) {
        return search.withOpenTasks(branches.scopeOf(Actors.required().branchId()).likePattern(), triggers,
                pageable);
    }
}
