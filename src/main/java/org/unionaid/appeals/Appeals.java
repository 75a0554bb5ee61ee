package org.unionaid.appeals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.appeals.domain.Appeal;
import org.unionaid.appeals.domain.AppealRepository;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.documents.DocumentKind;
import org.unionaid.documents.DocumentView;
import org.unionaid.documents.Documents;
import org.unionaid.documents.StoreDocument;
import org.unionaid.notifications.Notice;
import org.unionaid.notifications.Notifications;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.RecordNotFoundException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.time.Times;
import org.unionaid.users.Users;

/**
 * Appeals against refusals (docs/appeals.md). The worker concerned lodges one within
 * {@code unionaid.appeals.window-days} of the refusal (its local day counts as day 0); at most one is OPEN per
 * subject, and one refusal is appealed once. Staff who read the subject's kind of record read its appeals in their
 * subtree; the roles that may make the refused decision decide it ({@link AppealSubjectType#deciders()}), never
 * the person who refused. UPHELD asks the owning module to reopen the record; the worker is notified of the
 * outcome; lodging and deciding are audited in their transaction.
 */
@Service
@Transactional
public class Appeals {

    static final String ENTITY = "Appeal";
    static final String OWNER_TYPE = "APPEAL";
    private static final int MAX_REASON = 2000;
    private static final int MAX_PAGE = 100;

    private final AppealRepository appeals;
    private final AppealSubjects subjects;
    private final Branches branches;
    private final Documents documents;
    private final Notifications notifications;
    private final Users users;
    private final AuditTrail audit;
    private final Times times;
    private final AppealsProperties properties;
    private final AppealReminders reminders;

    Appeals(AppealRepository appeals, AppealSubjects subjects, Branches branches, Documents documents,
            Notifications notifications, Users users, AuditTrail audit, Times times, AppealsProperties properties,
            AppealReminders reminders) {
        this.reminders = reminders;
        this.appeals = appeals;
        this.subjects = subjects;
        this.branches = branches;
        this.documents = documents;
        this.notifications = notifications;
        this.users = users;
        this.audit = audit;
        this.times = times;
        this.properties = properties;
    }

    // ---- lodging ---------------------------------------------------------------------------------

    /**
     * What the lodge form shows: the refusal of the worker's own record and the last day to appeal. The form is
     * the worker's: for anyone without a worker record, and for a record that is not the caller's, it is a 404.
     */
    @Transactional(readOnly = true)
    public AppealDraft draft(AppealSubjectType type, long subjectId) {
        if (Actors.required().workerId() == null) {
            throw new RecordNotFoundException(type.name(), subjectId);
        }
        AppealSubjects.Refusal refusal = appealable(type, subjectId);
        return new AppealDraft(type, subjectId, refusal.reference(), refusal.reason(), refusal.refusedAt(),
                lastDay(refusal), AppealSubjects.link(type, subjectId, false));
    }

    /** The signed-in worker appeals against a refusal of their own record. */
    public AppealView lodge(LodgeAppeal command) {
        Actor actor = Actors.required();
        String reason = text(command.reason());
        AppealSubjects.Refusal refusal = appealable(command.subjectType(), command.subjectId());
        for (LodgeAppeal.AppealDocument document : command.documents()) {
            documents.check(document.bytes(), document.originalName());
        }
        LocalDate today = times.today();
        String reference = "SS-" + today.getYear() + "-" + String.format("%06d", appeals.nextNumber());
        Appeal appeal;
        try {
            appeal = appeals.saveAndFlush(new Appeal(reference, refusal.type(), refusal.id(), refusal.reference(),
                    refusal.branchId(), refusal.workerId(), actor.username(), reason, refusal.refusedBy(),
                    refusal.refusedAt(), times.now(), today.plusDays(properties.decisionDays())));
        } catch (DataIntegrityViolationException e) {
            // a concurrent lodging won the partial unique index appeal_open_subject_uq
            throw new BusinessRuleException("appeal.alreadyOpen", refusal.reference());
        }
        for (LodgeAppeal.AppealDocument document : command.documents()) {
            documents.store(new StoreDocument(OWNER_TYPE, appeal.id(), appeal.branchId(), appeal.workerId(),
                    DocumentKind.OTHER, document.originalName(), document.bytes()));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reference", reference);
        after.put("subjectType", appeal.subjectType());
        after.put("subjectId", appeal.subjectId());
        after.put("subjectReference", appeal.subjectReference());
        after.put("refusedBy", appeal.refusedBy());
        after.put("state", appeal.state());
        after.put("dueOn", appeal.dueOn().toString());
        after.put("documents", command.documents().size());
        audit.record(AuditEntry.of(ENTITY, appeal.id(), "LODGE", appeal.branchId()).withAfter(after)
                .withReason(reason));
        reminders.lodged(appeal.id(), reference, appeal.subjectType(), appeal.subjectReference(), appeal.branchId(),
                appeal.refusedBy(), appeal.dueOn());
        return view(appeal);
    }

    /** The refusal of the caller's own record, checked to be appealable now (window, nothing open or decided). */
    private AppealSubjects.Refusal appealable(AppealSubjectType type, long subjectId) {
        Actor actor = Actors.required();
        if (actor.workerId() == null) {
            throw new BusinessRuleException("appeal.noWorkerRecord");
        }
        AppealSubjects.Refusal refusal = subjects.refusal(type, subjectId)
                .orElseThrow(() -> new BusinessRuleException("appeal.subject.notRefused"));
        if (refusal.workerId() != actor.workerId()) {
            // a worker who is also staff of the subject's scope sees it, but only its worker appeals
            throw new RecordNotFoundException(type.name(), subjectId);
        }
        Optional<Appeal> latest = appeals.findFirstBySubjectTypeAndSubjectIdOrderByIdDesc(type, subjectId);
        if (latest.isPresent() && latest.get().state() == AppealState.OPEN) {
            throw new BusinessRuleException("appeal.alreadyOpen", refusal.reference());
        }
        if (latest.isPresent() && latest.get().refusedAt().equals(refusal.refusedAt())) {
            throw new BusinessRuleException("appeal.alreadyDecided", latest.get().reference());
        }
        LocalDate lastDay = lastDay(refusal);
        if (times.today().isAfter(lastDay)) {
            throw new BusinessRuleException("appeal.window.closed", lastDay.toString(),
                    String.valueOf(properties.windowDays()));
        }
        return refusal;
    }

    private LocalDate lastDay(AppealSubjects.Refusal refusal) {
        return times.dateOf(refusal.refusedAt()).plusDays(properties.windowDays());
    }

    // ---- deciding --------------------------------------------------------------------------------

    /**
     * Decides an OPEN appeal: UPHELD (the subject is reopened by its module) or DISMISSED, with a reason.
     * Refused for the staff member who made the refusal ({@value Appeal#OWN_REFUSAL}); a stale version is a 409.
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'CLAIMS_REVIEWER')")
    public AppealView decide(long id, AppealState outcome, String reason, long version) {
        Actor actor = Actors.required();
        Appeal appeal = load(id);
        if (!mayDecide(actor, appeal)) {
            throw new AppealNotFoundException(id);
        }
        if (!outcome.decided()) {
            throw new BusinessRuleException("appeal.decide.outcome");
        }
        if (appeal.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Appeal.class, id);
        }
        String why = text(reason);
        appeal.decide(outcome, why, actor.username(), times.now());
        appeals.flush();
        if (outcome == AppealState.UPHELD) {
            subjects.reopen(appeal.subjectType(), appeal.subjectId(), appeal.reference());
        }
        audit.record(AuditEntry.of(ENTITY, appeal.id(), outcome == AppealState.UPHELD ? "UPHOLD" : "DISMISS",
                appeal.branchId()).withBefore(Map.of("state", AppealState.OPEN))
                .withAfter(Map.of("state", outcome, "subjectType", appeal.subjectType(),
                        "subjectId", appeal.subjectId(), "refusedBy", appeal.refusedBy()))
                .withReason(why));
        String key = outcome == AppealState.UPHELD ? "appeal.notification.upheld" : "appeal.notification.dismissed";
        for (long userId : users.enabledAccountsOfWorker(appeal.workerId())) {
            notifications.notify(new Notice(userId, "APPEAL_DECIDED", key,
                    List.of(appeal.reference(), appeal.subjectReference(), why), "/appeals/" + appeal.id(), true));
        }
        return view(appeal);
    }

    // ---- reading ---------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public AppealView get(long id) {
        return view(load(id));
    }

    /** Whether the signed-in user may decide this appeal now (the page shows the form, or says why not). */
    @Transactional(readOnly = true)
    public Decidability decidability(AppealView view) {
        Actor actor = Actors.required();
        Appeal appeal = load(view.id());
        if (appeal.state().decided() || !mayDecide(actor, appeal)) {
            return Decidability.NO;
        }
        return appeal.refusedBy(actor.username()) ? Decidability.OWN_REFUSAL : Decidability.YES;
    }

    public enum Decidability { YES, NO, OWN_REFUSAL }

    /**
     * Appeals the caller may see, newest first or (open ones) soonest due first: staff see those of their subtree
     * whose subject kind their role reads; a worker their own.
     */
    @Transactional(readOnly = true)
    public Page<AppealView> search(AppealFilter filter, Pageable pageable) {
        Actor actor = Actors.required();
        Set<AppealSubjectType> types = EnumSet.noneOf(AppealSubjectType.class);
        for (AppealSubjectType type : AppealSubjectType.values()) {
            if (type.resource().readsAsStaff(actor) && (filter.subjectType() == null || filter.subjectType() == type)) {
                types.add(type);
            }
        }
        Pageable page = PageRequest.of(Math.max(pageable.getPageNumber(), 0),
                Math.min(Math.max(pageable.getPageSize(), 1), MAX_PAGE));
        if (types.isEmpty()) {
            if (actor.workerId() == null || actor.isStaff()) {
                return Page.empty(page);
            }
            List<AppealView> own = appeals.findByWorkerIdOrderByIdDesc(actor.workerId()).stream()
                    .filter(a -> filter.state() == null || a.state() == filter.state())
                    .filter(a -> !filter.overdue() || a.overdue(times.today()))
                    .map(this::summary).toList();
            int from = (int) Math.min(page.getOffset(), own.size());
            return new PageImpl<>(own.subList(from, Math.min(from + page.getPageSize(), own.size())), page, own.size());
        }
        boolean open = filter.overdue() || filter.state() == AppealState.OPEN;
        Sort sort = open ? Sort.by("due_on", "id") : Sort.by(Sort.Direction.DESC, "lodged_at", "id");
        return appeals.findInScope(branches.scopeOf(actor.branchId()).likePattern(),
                types.stream().map(Enum::name).toList(), filter.state() == null,
                filter.state() == null ? "" : filter.state().name(), filter.overdue(), times.today(),
                PageRequest.of(page.getPageNumber(), page.getPageSize(), sort)).map(this::summary);
    }

    /** What the page of a record offers about appeals: to appeal (its worker), or the appeal already lodged. */
    @Transactional(readOnly = true)
    public AppealOffer offer(AppealSubjectType type, long subjectId) {
        Actor actor = Actors.required();
        Optional<AppealSubjects.Refusal> refusal;
        try {
            refusal = subjects.refusal(type, subjectId);
        } catch (RecordNotFoundException e) {
            return AppealOffer.none();
        }
        Optional<Appeal> latest = appeals.findFirstBySubjectTypeAndSubjectIdOrderByIdDesc(type, subjectId)
                .filter(a -> maySee(actor, a));
        if (latest.isPresent() && (refusal.isEmpty() || latest.get().state() == AppealState.OPEN
                || latest.get().refusedAt().equals(refusal.get().refusedAt()))) {
            return new AppealOffer(AppealOffer.Kind.APPEALED, null, latest.get().id(), latest.get().state());
        }
        if (refusal.isEmpty() || !Objects.equals(actor.workerId(), refusal.get().workerId())) {
            return AppealOffer.none();
        }
        LocalDate lastDay = lastDay(refusal.get());
        return new AppealOffer(times.today().isAfter(lastDay) ? AppealOffer.Kind.WINDOW_CLOSED
                : AppealOffer.Kind.MAY_APPEAL, lastDay, null, null);
    }

    /** Whether the signed-in user may see the appeal (and so its documents). */
    @Transactional(readOnly = true)
    boolean visible(long id) {
        return appeals.findById(id).filter(a -> maySee(Actors.required(), a)).isPresent();
    }

    public AppealsProperties settings() {
        return properties;
    }

    // ---- internals -------------------------------------------------------------------------------

    private Appeal load(long id) {
        Appeal appeal = appeals.findById(id).orElseThrow(() -> new AppealNotFoundException(id));
        if (!maySee(Actors.required(), appeal)) {
            throw new AppealNotFoundException(id);
        }
        return appeal;
    }

    private boolean maySee(Actor actor, Appeal appeal) {
        if (Objects.equals(actor.workerId(), appeal.workerId())) {
            return true;
        }
        return appeal.subjectType().resource().readsAsStaff(actor)
                && branches.covers(actor.branchId(), appeal.branchId());
    }

    private boolean mayDecide(Actor actor, Appeal appeal) {
        return appeal.subjectType().deciders().stream().anyMatch(actor::has)
                && branches.covers(actor.branchId(), appeal.branchId());
    }

    private AppealView summary(Appeal appeal) {
        return view(appeal, List.of());
    }

    private AppealView view(Appeal appeal) {
        return view(appeal, documents.listFor(OWNER_TYPE, appeal.id()));
    }

    private AppealView view(Appeal a, List<DocumentView> docs) {
        Actor actor = Actors.required();
        boolean staff = !Objects.equals(actor.workerId(), a.workerId());
        String branchName = branches.get(a.branchId()).displayName(LocaleContextHolder.getLocale());
        return new AppealView(a.id(), a.reference(), a.subjectType(), a.subjectId(), a.subjectReference(),
                AppealSubjects.link(a.subjectType(), a.subjectId(), staff), a.branchId(), branchName, a.workerId(),
                a.lodgedBy(), a.reason(), a.state(), a.refusedBy(), a.refusedAt(), a.decidedBy(), a.decisionReason(),
                a.lodgedAt(), a.decidedAt(), a.dueOn(), a.overdue(times.today()), docs, a.version());
    }

    private static String text(@Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException("appeal.reason.required");
        }
        String text = value.strip();
        if (text.length() > MAX_REASON) {
            throw new BusinessRuleException("appeal.reason.tooLong", String.valueOf(MAX_REASON));
        }
        return text;
    }

    /** Parses a subject type from a page or template ({@code APPLICATION}, …); null when it is none. */
    static @Nullable AppealSubjectType type(@Nullable String name) {
        return Arrays.stream(AppealSubjectType.values()).filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }
}
