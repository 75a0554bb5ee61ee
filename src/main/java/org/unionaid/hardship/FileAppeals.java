package org.unionaid.hardship;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.branches.Branches;
import org.unionaid.hardship.domain.FileTransition;
import org.unionaid.hardship.domain.FileTransitionRepository;
import org.unionaid.hardship.domain.HardshipFile;
import org.unionaid.hardship.domain.HardshipFileRepository;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Role;

/**
 * The hardship side of an appeal against a cancelled file (the appeals module asks; hardship does not know it):
 * the cancellation as the appeal needs it, and the reopening when the appeal is upheld.
 */
@Service
@Transactional
public class FileAppeals {

    private static final Set<Role> READER_ROLES = EnumSet.of(Role.CASEWORKER, Role.ADMIN, Role.AUDITOR);

    private final HardshipFileRepository files;
    private final FileTransitionRepository transitions;
    private final HardshipFileRecords records;
    private final Branches branches;
    private final Clock clock;

    FileAppeals(HardshipFileRepository files, FileTransitionRepository transitions, HardshipFileRecords records,
                Branches branches, Clock clock) {
        this.files = files;
        this.transitions = transitions;
        this.records = records;
        this.branches = branches;
        this.clock = clock;
    }

    /**
     * The cancellation of a file the caller may see (its primary worker, staff of its scope), or empty when it is
     * not CANCELLED; who cancelled it and when come from its CANCEL history row.
     */
    @Transactional(readOnly = true)
    public Optional<FileCancellation> cancellation(long id) {
        Actor actor = Actors.required();
        HardshipFile file = files.findById(id).orElseThrow(() -> new HardshipFileNotFoundException(id));
        boolean own = Objects.equals(actor.workerId(), file.primaryWorkerId());
        boolean staff = READER_ROLES.stream().anyMatch(actor::has) && branches.covers(actor.branchId(), file.branchId());
        if (!own && !staff) {
            throw new HardshipFileNotFoundException(id);
        }
        if (file.state() != HardshipFileState.CANCELLED || file.cancelReasonCode() == null) {
            return Optional.empty();
        }
        FileTransition cancelled = null;
        for (FileTransition t : transitions.findByFileIdOrderByIdAsc(file.id())) {
            if (t.action() == HardshipFileAction.CANCEL) {
                cancelled = t;
            }
        }
        if (cancelled == null) {
            return Optional.empty(); // a row written without its history (bulk data): not appealable
        }
        FileTransitionView row = cancelled.toView();
        return Optional.of(new FileCancellation(file.id(), file.fileNumber(), file.branchId(), file.primaryWorkerId(),
                row.actor(), row.occurredAt(), file.cancelReasonCode(),
                Objects.requireNonNullElse(file.cancelReasonText(), "")));
    }

    /**
     * An appeal against the cancellation was upheld (by a CASEWORKER of scope): the file goes back to IN_REVIEW,
     * refused when the household has opened another file since (one open file per household).
     */
    @PreAuthorize("hasRole('CASEWORKER')")
    public HardshipFileView reopenOnAppeal(long id, String appealReference) {
        HardshipFile file = records.loadVisible(id);
        if (file.state() != HardshipFileState.CANCELLED) {
            throw new BusinessRuleException(HardshipFile.ILLEGAL, file.state(), HardshipFileAction.REOPEN_ON_APPEAL);
        }
        if (files.existsOpenForHousehold(file.householdId())) {
            throw new BusinessRuleException("hardshipFile.reopen.otherFileOpen");
        }
        return records.applied(file, file.reopenOnAppeal("appeal " + appealReference, Actors.currentName(),
                clock.instant()));
    }
}
