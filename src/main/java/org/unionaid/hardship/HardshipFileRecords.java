package org.unionaid.hardship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.branches.BranchView;
import org.unionaid.hardship.domain.FileTransition;
import org.unionaid.hardship.domain.FileTransitionRepository;
import org.unionaid.hardship.domain.HardshipFile;
import org.unionaid.hardship.domain.HardshipFileRepository;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Role;

/**
 * What {@link HardshipFiles} and {@link HardshipFileDeadlines} share, in the caller's transaction: loading a file
 * the caller may see (CASEWORKER, ADMIN, AUDITOR of its branch subtree; otherwise
 * {@link HardshipFileNotFoundException}), recording a transition (one history row and one audit row), the file's
 * view, and today in the application's zone.
 */
@Component
class HardshipFileRecords {

    private static final Set<Role> READER_ROLES = EnumSet.of(Role.CASEWORKER, Role.ADMIN, Role.AUDITOR);

    private final HardshipFileRepository files;
    private final FileTransitionRepository transitions;
    private final HardshipFileSearch search;
    private final Branches branches;
    private final AuditTrail audit;
    private final Clock clock;

    HardshipFileRecords(HardshipFileRepository files, FileTransitionRepository transitions, HardshipFileSearch search,
                        Branches branches, AuditTrail audit, Clock clock) {
        this.files = files;
        this.transitions = transitions;
        this.search = search;
        this.branches = branches;
        this.audit = audit;
        this.clock = clock;
    }

    /** Loads a file the caller may see (staff reader within the branch subtree), else 404. */
    HardshipFile loadVisible(long id) {
        Actor actor = Actors.required();
        HardshipFile file = files.findById(id).orElseThrow(() -> new HardshipFileNotFoundException(id));
        if (READER_ROLES.stream().noneMatch(actor::has) || !branches.covers(actor.branchId(), file.branchId())) {
            throw new HardshipFileNotFoundException(id);
        }
        return file;
    }

    /** Stores the transition's history row and its audit row (after a flush that checks the version). */
    HardshipFileView applied(HardshipFile file, FileTransition transition) {
        // the flush checks the version now, so a concurrent change fails before the history is written
        files.flush();
        transitions.save(transition);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", transition.toState());
        if (file.noticeEndsOn() != null && transition.toState() == HardshipFileState.PUBLIC_NOTICE) {
            after.put("noticeEndsOn", file.noticeEndsOn().toString());
        }
        if (file.monitoringEndsOn() != null && transition.toState() == HardshipFileState.MONITORING) {
            after.put("monitoringEndsOn", file.monitoringEndsOn().toString());
        }
        if (transition.toState() == HardshipFileState.ACTIVE) {
            after.put("origin", file.origin());
        }
        audit.record(AuditEntry.of(HardshipFiles.ENTITY, file.id(), transition.action().name(), file.branchId())
                .withBefore(Map.of("state", transition.fromState())).withAfter(after)
                .withReason(transition.reason()));
        return view(file);
    }

    HardshipFileView view(HardshipFile f) {
        String workerName = search.workerName(f.primaryWorkerId());
        BranchView branch = branches.get(f.branchId());
        return new HardshipFileView(f.id(), f.fileNumber(), f.primaryWorkerId(), workerName, f.householdId(),
                f.branchId(), branch.name(), f.leadId(), f.category(), f.level(), f.primaryCause(),
                f.secondaryCauses(), f.workerType(), f.origin(), f.householdSize(), f.annualIncome(),
                f.rigidExpenditure(), f.perCapitaIncome(), f.ruleSetId(), f.minLivingStandard(),
                f.suggestedCategory(), f.reasonKey(), f.reasonArgs(), f.overrideReason(), f.caseworkerName(),
                f.state(), f.filedOn(), f.noticeEndsOn(), f.activatedOn(), f.exitedOn(), f.exitReason(),
                f.monitoringEndsOn(), f.closedOn(), f.cancelReasonCode(), f.cancelReasonText(), f.nextReviewDue(),
                f.version(), transitions.findByFileIdOrderByIdAsc(f.id()).stream().map(FileTransition::toView)
                        .toList());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
