package org.unionaid.programmes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.documents.Documents;
import org.unionaid.documents.StoreDocument;
import org.unionaid.notifications.Notice;
import org.unionaid.notifications.Notifications;
import org.unionaid.payouts.PayoutKind;
import org.unionaid.payouts.PayoutSourceType;
import org.unionaid.payouts.PayoutView;
import org.unionaid.payouts.Payouts;
import org.unionaid.payouts.ProposePayout;
import org.unionaid.people.HouseholdMemberView;
import org.unionaid.people.People;
import org.unionaid.people.WorkerView;
import org.unionaid.programmes.domain.ApplicationTransition;
import org.unionaid.programmes.domain.ApplicationTransitionRepository;
import org.unionaid.programmes.domain.Programme;
import org.unionaid.programmes.domain.ProgrammeApplication;
import org.unionaid.programmes.domain.ProgrammeApplicationRepository;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;

/**
 * Applications to programmes. A worker applies for themselves (or a household member), a caseworker
 * nominates a worker of their subtree; either way the eligibility check runs at once and its results are
 * stored on the application with the rule version used. Then one method per transition, each checking the
 * state in the entity and writing one history row, one audit row and a notification to the worker, all in
 * the same transaction. The checks of a submission are in {@link ApplicationRules}. The payout is proposed
 * through the payouts facade; its events ({@link ApplicationPayments}) keep the application's copy of the payout
 * state, and a paid payout moves the application to PAID in the payout's transaction.
 *
 * <p>Who sees an application ({@link ApplicationAccess}): CASEWORKER, ADMIN and AUDITOR of a branch covering the
 * application's branch; the worker it belongs to; a PARTNER funding its programme (names masked). Anyone else: 404.
 */
@Service
@Transactional
public class Applications {

    private static final Logger log = LoggerFactory.getLogger(Applications.class);
    private static final String ENTITY = "ProgrammeApplication";
    static final String OWNER_TYPE = "APPLICATION";

    private final ProgrammeApplicationRepository applications;
    private final ApplicationTransitionRepository transitions;
    private final ApplicationSearch search;
    private final Programmes programmes;
    private final People people;
    private final ApplicationRules rules;
    private final ApplicationAccess access;
    private final Branches branches;
    private final Documents documents;
    private final Notifications notifications;
    private final Payouts payouts;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.unionaid.hardship.RelapseWatch relapseWatch;

    Applications(ProgrammeApplicationRepository applications, ApplicationTransitionRepository transitions,
                 ApplicationSearch search, Programmes programmes, People people, ApplicationRules rules,
                 ApplicationAccess access,
                 Branches branches, Documents documents, Notifications notifications,
                 Payouts payouts, AuditTrail audit, Clock clock,
                 org.unionaid.hardship.RelapseWatch relapseWatch) {
        this.relapseWatch = relapseWatch;
        this.applications = applications;
        this.transitions = transitions;
        this.search = search;
        this.programmes = programmes;
        this.people = people;
        this.rules = rules;
        this.access = access;
        this.branches = branches;
        this.documents = documents;
        this.notifications = notifications;
        this.payouts = payouts;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- applying --------------------------------------------------------------------------------

    /** The check the application would get now, for showing before submitting (nothing is stored). */
    @Transactional(readOnly = true)
    public EligibilityOutcome preview(long programmeId, long workerId, @Nullable Long memberId,
                                      List<@Nullable Boolean> answers) {
        Programme programme = programmes.loadVisible(programmeId);
        WorkerView worker = people.get(workerId);
        return rules.check(programmes.view(programme), worker, ApplicationRules.member(worker, memberId), answers);
    }

    /** The signed-in worker applies (for themselves or a member of their household). */
    public ApplicationView apply(Apply command) {
        Actor actor = Actors.required();
        Long workerId = actor.workerId();
        if (workerId == null) {
            throw new BusinessRuleException("application.noWorkerRecord");
        }
        if (command.workerId() != null && !command.workerId().equals(workerId)) {
            throw new BusinessRuleException("application.ownOnly");
        }
        return submit(command, workerId, ApplicationOrigin.SELF);
    }

    /** A caseworker nominates a worker of their subtree. */
    @PreAuthorize("hasRole('CASEWORKER')")
    public ApplicationView nominate(Apply command) {
        if (command.workerId() == null) {
            throw new BusinessRuleException("application.worker.required");
        }
        return submit(command, command.workerId(), ApplicationOrigin.NOMINATION);
    }

    private ApplicationView submit(Apply command, long workerId, ApplicationOrigin origin) {
        Actor actor = Actors.required();
        programmes.loadVisible(command.programmeId());
        // the lock serialises applications to one programme, so the per-person limit holds under concurrency
        Programme programme = programmes.lock(command.programmeId());
        ProgrammeView view = programmes.view(programme);
        WorkerView worker = people.get(workerId);
        LocalDate today = LocalDate.now(clock);
        HouseholdMemberView member = rules.checkSubmission(command, programme, view, worker, origin, today);
        EligibilityOutcome outcome = rules.check(view, worker, member, command.answers());
        List<ApplicationView.Answer> answers = new ArrayList<>();
        for (int i = 0; i < view.questions().size(); i++) {
            answers.add(new ApplicationView.Answer(view.questions().get(i).text(),
                    Boolean.TRUE.equals(command.answers().get(i))));
        }
        String reference = "AP-" + today.getYear() + "-" + String.format("%06d", applications.nextNumber());
        ProgrammeApplication application = applications.saveAndFlush(new ProgrammeApplication(reference,
                programme.id(), workerId, member == null ? null : member.id(), member == null ? null : member.name(),
                worker.branch().id(), origin, actor.username(), command.statement() == null ? ""
                : command.statement().strip(), answers, outcome, clock.instant()));
        transitions.save(application.submitted(actor.username(), clock.instant()));
        store(application, command.documents());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reference", reference);
        after.put("programmeId", programme.id());
        after.put("workerId", workerId);
        after.put("memberId", String.valueOf(application.memberId()));
        after.put("origin", origin);
        after.put("state", application.state());
        after.put("eligible", outcome.eligible());
        after.put("ruleVersion", outcome.ruleVersion());
        after.put("amount", String.valueOf(outcome.amount()));
        audit.record(AuditEntry.of(ENTITY, application.id(), origin == ApplicationOrigin.SELF ? "APPLY" : "NOMINATE",
                application.branchId()).withAfter(after));
        notifyWorker(application, programme.name(), outcome.eligible() ? "application.notification.submitted"
                : "application.notification.submittedIneligible");
        if (view.kind().hardshipRelated()) {
            relapseWatch.applicationSubmitted(workerId, reference, programme.name());
        }
        return access.view(application);
    }

    // ---- transitions -----------------------------------------------------------------------------

    @PreAuthorize("hasRole('CASEWORKER')")
    public ApplicationView requestMoreInfo(long id, String request) {
        ProgrammeApplication application = access.loadForStaff(id);
        return moved(application, application.requestMoreInfo(text(request), Actors.currentName(), clock.instant()),
                "application.notification.moreInfo");
    }

    /** The worker answers a request for more information (text and documents); the check runs again. */
    public ApplicationView answerInfoRequest(long id, String answer, List<ApplicationDocument> uploads) {
        ProgrammeApplication application = access.loadOwn(id);
        rules.checkDocuments(uploads);
        ApplicationTransition transition = application.answerInfoRequest(text(answer), Actors.currentName(),
                clock.instant());
        store(application, uploads);
        Programme programme = programmes.lock(application.programmeId());
        WorkerView worker = people.get(application.workerId());
        List<@Nullable Boolean> answers = new ArrayList<>(application.answers().stream()
                .map(ApplicationView.Answer::answer).toList());
        application.record(rules.check(programmes.view(programme), worker,
                ApplicationRules.member(worker, application.memberId()), answers),
                clock.instant());
        return moved(application, transition, "application.notification.answered");
    }

    @PreAuthorize("hasRole('CASEWORKER')")
    public ApplicationView recommend(long id, String recommendation) {
        ProgrammeApplication application = access.loadForStaff(id);
        return moved(application, application.recommend(text(recommendation), Actors.currentName(), clock.instant()),
                "application.notification.recommended");
    }

    /** Approves a recommended, eligible application; with {@code proposePayout} the payout is proposed at once. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN')")
    public ApplicationView approve(long id, String reason, boolean proposePayout) {
        ProgrammeApplication application = access.loadForStaff(id);
        ApplicationTransition approval = application.approve(text(reason), Actors.currentName(), clock.instant());
        Programme programme = programmes.loadVisible(application.programmeId());
        if (programme.requiresPublicNotice()) {
            application.startPublicNotice(java.time.LocalDate.now(clock), programme.noticeDays());
        }
        ApplicationView view = moved(application, approval, "application.notification.approved");
        return proposePayout ? proposePayout(id) : view;
    }

    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN')")
    public ApplicationView reject(long id, String reason) {
        ProgrammeApplication application = access.loadForStaff(id);
        return moved(application, application.reject(text(reason), Actors.currentName(), clock.instant()),
                "application.notification.rejected");
    }

    /** The worker withdraws their application before the decision. */
    public ApplicationView withdraw(long id) {
        ProgrammeApplication application = access.loadOwn(id);
        return moved(application, application.withdraw(Actors.currentName(), clock.instant()),
                "application.notification.withdrawn");
    }

    /**
     * Proposes the payout of an approved application: the tier amount in cash, or one item in kind (taken from
     * the stock); a no-cash programme passes {@code cashAllowed=false}, so the payouts module refuses cash.
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN')")
    public ApplicationView proposePayout(long id) {
        ProgrammeApplication application = access.loadForStaff(id);
        if (application.state() != ApplicationState.APPROVED) {
            throw new BusinessRuleException(ProgrammeApplication.ILLEGAL, application.state().name());
        }
        Programme programme = programmes.lock(application.programmeId());
        if (application.amount() == null || application.amount().signum() <= 0) {
            throw new BusinessRuleException("application.payout.noAmount");
        }
        boolean inKind = programme.form() == BenefitKind.IN_KIND;
        if (inKind && !programmes.takeFromStock(programme.id())) {
            throw new BusinessRuleException("application.payout.outOfStock", String.valueOf(programme.item()));
        }
        PayoutView payout = payouts.propose(new ProposePayout(PayoutSourceType.APPLICATION, application.id(),
                application.branchId(), application.workerId(), programme.id(),
                inKind ? PayoutKind.IN_KIND : PayoutKind.CASH, application.amount(), inKind ? programme.item() : null,
                inKind ? 1 : null, !programme.noCash(), null, programme.name() + " " + application.reference()));
        application.payoutProposed(payout.id(), payout.state().name());
        applications.flush();
        audit.record(AuditEntry.of(ENTITY, application.id(), "PROPOSE_PAYOUT", application.branchId())
                .withAfter(Map.of("payoutId", payout.id(), "payoutReference", payout.reference(),
                        "amount", application.amount(), "form", payout.form())));
        return access.view(application);
    }

    // ---- for the payout's events ({@link ApplicationPayments}) -------------------------------------

    /** A paid payout moves its APPROVED application to PAID (in the payout's transaction); other states are logged. */
    void markPaid(ProgrammeApplication application, long payoutId) {
        if (application.state() != ApplicationState.APPROVED) {
            log.warn("Payout {} paid for application {} in state {}", payoutId, application.id(),
                    application.state());
            return;
        }
        moved(application, application.paid(Actors.currentName(), clock.instant()), "application.notification.paid");
    }

    // ---- reading ---------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public ApplicationView get(long id) {
        return access.view(access.loadVisible(id));
    }

    /**
     * Whether the current user may see the application (and so its documents): staff of its scope, the
     * applicant, a PARTNER that funds its programme.
     */
    @Transactional(readOnly = true)
    boolean visible(long id) {
        return applications.findById(id).filter(a -> access.maySee(Actors.required(), a)).isPresent();
    }

    /** Applications the caller may see, filtered, paged and sorted in the database. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR', 'PARTNER')")
    public Page<ApplicationSummary> search(ApplicationFilter filter, Pageable pageable) {
        return search.find(filter, access.scope(Actors.required()), pageable);
    }

    /** Everything the filter matches (for the export), in the list's order, at most {@code limit} rows. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR', 'PARTNER')")
    public List<ApplicationSummary> searchAll(ApplicationFilter filter, Sort sort, int limit) {
        return search.findAll(filter, access.scope(Actors.required()), sort, limit);
    }

    /** The signed-in worker's own applications, newest first. */
    @Transactional(readOnly = true)
    public List<ApplicationSummary> mine() {
        Long workerId = Actors.required().workerId();
        if (workerId == null) {
            return List.of();
        }
        return search.ofWorker(workerId);
    }

    /** Whether the caller sees the application as staff (transitions, payout) rather than as its worker. */
    @Transactional(readOnly = true)
    public boolean staffView(ApplicationView application) {
        Actor actor = Actors.required();
        return ApplicationAccess.STAFF.stream().anyMatch(actor::has)
                && branches.covers(actor.branchId(), application.branchId());
    }

    // ---- internals -------------------------------------------------------------------------------

    private void store(ProgrammeApplication application, List<ApplicationDocument> uploads) {
        for (ApplicationDocument document : uploads) {
            documents.store(new StoreDocument(OWNER_TYPE, application.id(), application.branchId(),
                    application.workerId(), document.kind(), document.originalName(), document.bytes()));
        }
    }

    ApplicationView moved(ProgrammeApplication application, ApplicationTransition transition,
                                  @Nullable String messageKey) {
        applications.flush();
        transitions.save(transition);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", transition.toState());
        if (transition.toState() == ApplicationState.SUBMITTED) {
            after.put("eligible", application.eligible());
            after.put("ruleVersion", application.ruleVersion());
        }
        audit.record(AuditEntry.of(ENTITY, application.id(), transition.toState().name(), application.branchId())
                .withBefore(Map.of("state", String.valueOf(transition.fromState()))).withAfter(after)
                .withReason(transition.reason()));
        if (messageKey != null) {
            notifyWorker(application, search.programmeName(application.programmeId()), messageKey);
        }
        return access.view(application);
    }

    private void notifyWorker(ProgrammeApplication application, String programmeName, String messageKey) {
        search.userOfWorker(application.workerId()).ifPresent(userId -> notifications.notify(new Notice(userId,
                "APPLICATION_STATE", messageKey, List.of(application.reference(), programmeName),
                "/me/applications/" + application.id(), true)));
    }

    private static String text(@Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException("application.reason.required");
        }
        return value.strip();
    }

    Optional<ProgrammeApplication> find(long id) {
        return applications.findById(id);
    }
}
