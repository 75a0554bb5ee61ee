package org.unionaid.hardship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.hardship.domain.AssistanceMeasure;
import org.unionaid.hardship.domain.AssistanceMeasureRepository;
import org.unionaid.hardship.domain.HardshipFile;
import org.unionaid.payouts.PayoutSourceType;
import org.unionaid.payouts.PayoutView;
import org.unionaid.payouts.Payouts;
import org.unionaid.payouts.PayoutQueries;
import org.unionaid.payouts.ProposePayout;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.RecordNotFoundException;
import org.unionaid.shared.security.Actors;

/**
 * A file's assistance plan (一户一策): measures with owner, due date and status, and the overdue measures of
 * the caller's branch subtree. CASEWORKERs change plans; every change is audited. A measure that needs money
 * or goods gets a payout proposed through the payouts module (maker-checker happens there); such payouts are
 * paid from the branch's own relief account, not from a programme budget: programme money goes through
 * applications and their eligibility rules.
 */
@Service
@Transactional
public class AssistancePlans {

    private final HardshipFiles files;
    private final AssistanceMeasureRepository measures;
    private final HardshipFileSearch search;
    private final Branches branches;
    private final AuditTrail audit;
    private final Payouts payouts;
    private final PayoutQueries payoutQueries;
    private final Clock clock;

    AssistancePlans(HardshipFiles files, AssistanceMeasureRepository measures, HardshipFileSearch search,
                    Branches branches, AuditTrail audit, Payouts payouts, PayoutQueries payoutQueries,
                    Clock clock) {
        this.files = files;
        this.measures = measures;
        this.search = search;
        this.branches = branches;
        this.audit = audit;
        this.payouts = payouts;
        this.payoutQueries = payoutQueries;
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

    /**
     * Proposes the payout of a measure: to the file's primary worker, owned by the file's branch, only while
     * the file is open and the measure not cancelled. A measure has at most one live payout (the payouts
     * module's unique index); the proposer can never approve it.
     */
    @PreAuthorize("hasRole('CASEWORKER')")
    public PayoutView proposePayout(long fileId, long measureId, MeasurePayout request) {
        HardshipFile file = files.loadVisible(fileId);
        AssistanceMeasure measure = measures.findById(measureId).filter(m -> m.fileId() == fileId)
                .orElseThrow(() -> new RecordNotFoundException("AssistanceMeasure", measureId));
        if (!file.state().open()) {
            throw new BusinessRuleException("assistanceMeasure.fileNotOpen");
        }
        if (measure.status() == AssistanceMeasureStatus.CANCELLED) {
            throw new BusinessRuleException("assistanceMeasure.payout.cancelledMeasure");
        }
        String purpose = file.fileNumber() + " " + measure.description();
        return payouts.propose(new ProposePayout(PayoutSourceType.PLAN_MEASURE, measureId, file.branchId(),
                file.primaryWorkerId(), null, request.form(), request.amount(), request.item(), request.quantity(),
                true, null, purpose.length() > 200 ? purpose.substring(0, 200) : purpose));
    }

    /** The newest payout of each measure of the file that has one, by measure id. */
    @Transactional(readOnly = true)
    @PreAuthorize(HardshipFiles.READERS)
    public Map<Long, PayoutView> payoutsOf(long fileId) {
        files.loadVisible(fileId);
        Map<Long, PayoutView> newest = new LinkedHashMap<>();
        for (AssistanceMeasure measure : measures.findByFileIdOrderByDueOnAscIdAsc(fileId)) {
            List<PayoutView> all = payoutQueries.allFor(PayoutSourceType.PLAN_MEASURE, measure.id());
            if (!all.isEmpty()) {
                newest.put(measure.id(), all.get(all.size() - 1));
            }
        }
        return newest;
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
