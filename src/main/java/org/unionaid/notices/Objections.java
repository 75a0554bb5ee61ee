package org.unionaid.notices;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.hardship.FileNotices;
import org.unionaid.notices.domain.Objection;
import org.unionaid.notices.domain.ObjectionRepository;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.RecordNotFoundException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Resource;

/**
 * Objections (异议) to entries of the public notice board. Anyone may lodge one on an entry that is on notice now
 * (the board's controller limits how often per client address); a hardship file then goes back to review at once,
 * an award keeps its place but its payout cannot be approved while the objection is open. CASEWORKERs and ADMINs
 * of the entry's branch subtree resolve it, once, with a finding and a reason; AUDITORs read. Every step is audited.
 */
@Service
@Transactional
public class Objections {

    static final String ENTITY = "Objection";
    static final int MAX_TEXT = 2000;

    private final ObjectionRepository objections;
    private final NoticeBoard board;
    private final FileNotices files;
    private final Branches branches;
    private final AuditTrail audit;
    private final Clock clock;

    Objections(ObjectionRepository objections, NoticeBoard board, FileNotices files, Branches branches,
               AuditTrail audit, Clock clock) {
        this.objections = objections;
        this.board = board;
        this.files = files;
        this.branches = branches;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Lodges an objection to an entry on notice now; refused with {@code objection.subject.notOnNotice} when the
     * entry is not (or no longer) on the board. No sign-in needed; the objector's name and contact are optional.
     */
    public long lodge(LodgeObjection command) {
        String text = required(command.text(), "objection.text.required");
        if (text.length() > MAX_TEXT) {
            throw new BusinessRuleException("objection.text.tooLong", String.valueOf(MAX_TEXT));
        }
        String name = optional(command.objectorName(), 100);
        String contact = optional(command.objectorContact(), 200);
        NoticeEntry entry = board.entry(command.subjectType(), command.subjectId())
                .orElseThrow(() -> new BusinessRuleException("objection.subject.notOnNotice"));
        Objection objection = objections.saveAndFlush(new Objection(entry.subjectType(), entry.subjectId(),
                entry.branchId(), NoticeBoard.label(entry), text, name, contact, clock.instant()));
        if (entry.subjectType() == ObjectionSubject.HARDSHIP_FILE) {
            files.objectionLodged(entry.subjectId(), objection.id());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("subject", entry.subjectType() + " " + entry.subjectId());
        after.put("state", ObjectionState.OPEN);
        after.put("objectorNamed", name != null);
        audit.record(AuditEntry.of(ENTITY, objection.id(), "LODGE", entry.branchId()).withAfter(after));
        return objection.id();
    }

    /** The caller's subtree's objections, in one state or all; open ones oldest first, others newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR')")
    public Page<ObjectionView> list(@Nullable ObjectionState state, int page, int size) {
        String scope = branches.scopeOf(Actors.required().branchId()).likePattern();
        Sort sort = state == ObjectionState.OPEN ? Sort.by("lodgedAt", "id") : Sort.by(Sort.Direction.DESC, "lodgedAt", "id");
        PageRequest request = org.unionaid.shared.web.Paging.api(page, size, sort);
        Page<Objection> found = state == null ? objections.findByBranchPathLike(scope, request)
                : objections.findByBranchPathLikeAndState(scope, state, request);
        Map<Long, String> branchNames = new HashMap<>();
        return found.map(o -> view(o, branchNames));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR')")
    public ObjectionView get(long id) {
        return view(loadVisible(id), new HashMap<>());
    }

    /**
     * Records the finding. NOT_UPHELD: the entry stands (a file may go on notice again, an award be paid once its
     * window closed). UPHELD: the caseworker corrects or cancels the file, or withdraws the award. Stale versions
     * fail like every concurrent change.
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN')")
    public ObjectionView resolve(long id, long expectedVersion, ObjectionFinding finding, String reason) {
        Actor actor = Actors.required();
        Objection objection = loadVisible(id);
        if (objection.version() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Objection.class, id);
        }
        String why = required(reason, "objection.reason.required");
        if (why.length() > MAX_TEXT) {
            throw new BusinessRuleException("objection.text.tooLong", String.valueOf(MAX_TEXT));
        }
        objection.resolve(finding, why, actor.username(), clock.instant());
        objections.flush();
        audit.record(AuditEntry.of(ENTITY, id, "RESOLVE", objection.branchId())
                .withBefore(Map.of("state", ObjectionState.OPEN))
                .withAfter(Map.of("state", ObjectionState.RESOLVED, "finding", finding)).withReason(why));
        return view(objection, new HashMap<>());
    }

    /** Open objections in the caller's subtree (the navigation's badge). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR')")
    public long openCount() {
        String scope = branches.scopeOf(Actors.required().branchId()).likePattern();
        return objections.findByBranchPathLikeAndState(scope, ObjectionState.OPEN, PageRequest.of(0, 1))
                .getTotalElements();
    }

    private Objection loadVisible(long id) {
        Actor actor = Actors.required();
        Objection objection = objections.findById(id).orElseThrow(() -> notFound(id));
        if (!Resource.OBJECTION.readsAsStaff(actor) || !branches.covers(actor.branchId(), objection.branchId())) {
            throw notFound(id);
        }
        return objection;
    }

    private static RecordNotFoundException notFound(long id) {
        return new RecordNotFoundException(ENTITY, id);
    }

    private ObjectionView view(Objection o, Map<Long, String> branchNames) {
        String branchName = branchNames.computeIfAbsent(o.branchId(), b -> branches.get(b).name());
        return new ObjectionView(o.id(), o.subjectType(), o.subjectId(), o.subjectLabel(), o.branchId(), branchName, o.text(),
                o.objectorName(), o.objectorContact(), o.state(), o.finding(), o.findingReason(), o.resolvedBy(),
                o.resolvedAt(), o.lodgedAt(), o.version());
    }

    private static String required(@Nullable String value, String key) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new BusinessRuleException(key);
        }
        return v;
    }

    private static @Nullable String optional(@Nullable String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return null;
        }
        return v.length() > max ? v.substring(0, max) : v;
    }
}
