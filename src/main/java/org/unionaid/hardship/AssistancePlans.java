package org.unionaid.hardship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.BranchManagement;
import org.unionaid.hardship.domain.AssistanceMeasure;
import org.unionaid.hardship.domain.AssistanceMeasureRepository;
import org.unionaid.hardship.domain.HardshipFile;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.RecordNotFoundException;
import org.unionaid.shared.security.Actors;

/**
 * A file's assistance plan (一户一策): measures with owner, due date and status, and the overdue measures of
 * the caller's branch subtree. CASEWORKERs change plans; every change is audited.
 */
@Service
@Transactional
public class AssistancePlans {

    private final HardshipFiles files;
    private final AssistanceMeasureRepository measures;
    private final HardshipFileSearch search;
    private final BranchManagement branches;
    private final AuditTrail audit;
    private final Clock clock;

    AssistancePlans(HardshipFiles files, AssistanceMeasureRepository measures, HardshipFileSearch search,
                    BranchManagement branches, AuditTrail audit, Clock clock) {
        this.files = files;
        this.measures = measures;
        this.search = search;
        this.branches = branches;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(HardshipFiles.READERS)
    public List<AssistanceMeasureView> ofFile(long fileId) {
        HardshipFile file = files.loadVisible(fileId);
        LocalDate today = LocalDate.now(clock);
        return measures.findByFileIdOrderByDueOnAscIdAsc(fileId).stream().map(m -> view(m, file, today)).toList();
    }

    @PreAuthorize("hasRole('CASEWORKER')")
    public AssistanceMeasureView add(long fileId, AssistanceMeasureKind kind, String description, String owner,
                                     LocalDate dueOn) {
        HardshipFile file = files.loadVisible(fileId);
        if (!file.state().open()) {
            throw new BusinessRuleException("assistanceMeasure.fileNotOpen");
        }
        AssistanceMeasure measure = measures.saveAndFlush(new AssistanceMeasure(fileId, kind, description, owner,
                dueOn));
        audit.record(AuditEntry.of("AssistanceMeasure", measure.id(), "CREATE", file.branchId())
                .withAfter(Map.of("fileId", fileId, "kind", kind, "owner", owner, "dueOn", dueOn.toString())));
        return view(measure, file, LocalDate.now(clock));
    }

    @PreAuthorize("hasRole('CASEWORKER')")
    public AssistanceMeasureView update(long fileId, long measureId, AssistanceMeasureStatus status, LocalDate dueOn,
                                        String owner) {
        HardshipFile file = files.loadVisible(fileId);
        AssistanceMeasure measure = measures.findById(measureId).filter(m -> m.fileId() == fileId)
                .orElseThrow(() -> new RecordNotFoundException("AssistanceMeasure", measureId));
        Map<String, Object> before = Map.of("status", measure.status(), "dueOn", measure.dueOn().toString(),
                "owner", measure.owner());
        measure.update(status, dueOn, owner);
        measures.flush();
        audit.record(AuditEntry.of("AssistanceMeasure", measureId, "UPDATE", file.branchId()).withBefore(before)
                .withAfter(Map.of("status", status, "dueOn", dueOn.toString(), "owner", owner)));
        return view(measure, file, LocalDate.now(clock));
    }

    /** Open measures past their due date within the caller's subtree, oldest first, paged in the database. */
    @Transactional(readOnly = true)
    @PreAuthorize(HardshipFiles.READERS)
    public Page<AssistanceMeasureView> overdue(Pageable pageable) {
        return search.overdueMeasures(branches.scopeOf(Actors.required().branchId()).likePattern(),
                LocalDate.now(clock), pageable);
    }

    private static AssistanceMeasureView view(AssistanceMeasure m, HardshipFile file, LocalDate today) {
        boolean open = m.status() == AssistanceMeasureStatus.PLANNED || m.status() == AssistanceMeasureStatus.IN_PROGRESS;
        return new AssistanceMeasureView(m.id(), m.fileId(), file.fileNumber(), m.kind(), m.description(), m.owner(),
                m.dueOn(), m.status(), open && m.dueOn().isBefore(today), m.version());
    }
}
