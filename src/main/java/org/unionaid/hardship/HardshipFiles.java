package org.unionaid.hardship;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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
import org.unionaid.branches.BranchView;
import org.unionaid.hardship.domain.FileTransition;
import org.unionaid.hardship.domain.FileTransitionRepository;
import org.unionaid.hardship.domain.HardshipFile;
import org.unionaid.hardship.domain.HardshipFileRepository;
import org.unionaid.people.HouseholdView;
import org.unionaid.people.People;
import org.unionaid.people.WorkerView;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Role;

/**
 * Hardship files (一户一档): opening a file from a worker's household with the eligibility assessment of the
 * filing date, and one method per transition of the state machine (see {@link HardshipFileState}). Every
 * method loads the file within the caller's branch subtree (otherwise {@link HardshipFileNotFoundException}),
 * lets the entity check the current state, and writes one history row and one audit row per transition in
 * the same transaction. A concurrent second change of the same file fails on the version column.
 *
 * <p>Who: CASEWORKERs do the work; the move to PUBLIC_NOTICE is the approval of the file and may also be
 * made by an ADMIN of the branch subtree; AUDITORs and ADMINs read. Exiting is one call that records the exit
 * (ACTIVE → EXITED) and starts the monitoring (EXITED → MONITORING) at once: two history and two audit rows,
 * so a file never waits in EXITED.
 */
@Service
@Transactional
public class HardshipFiles {

    static final String READERS = "hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR')";
    private static final Set<Role> READER_ROLES = EnumSet.of(Role.CASEWORKER, Role.ADMIN, Role.AUDITOR);
    private static final String ENTITY = "HardshipFile";

    private final HardshipFileRepository files;
    private final FileTransitionRepository transitions;
    private final HardshipFileSearch search;
    private final People people;
    private final Branches branches;
    private final EligibilityRules rules;
    private final AuditTrail audit;
    private final Clock clock;
    private final Leads leads;
    private final UndecidedPayouts undecidedPayouts;
    private final boolean demoEndNotice;
    private final org.springframework.beans.factory.ObjectProvider<NoticeObjections> objections;

    HardshipFiles(HardshipFileRepository files, FileTransitionRepository transitions, HardshipFileSearch search,
                  People people, Branches branches, EligibilityRules rules, AuditTrail audit,
                  Clock clock, Leads leads, UndecidedPayouts undecidedPayouts,
                  org.springframework.beans.factory.ObjectProvider<NoticeObjections> objections,
                  @org.springframework.beans.factory.annotation.Value("${unionaid.hardship.demo-end-notice:false}")
                  boolean demoEndNotice) {
        this.leads = leads;
        this.objections = objections;
        this.demoEndNotice = demoEndNotice;
        this.undecidedPayouts = undecidedPayouts;
        this.files = files;
        this.transitions = transitions;
        this.search = search;
        this.people = people;
        this.branches = branches;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- filing ----------------------------------------------------------------------------------

    /** The figures and the assessment the filing page shows for a worker, with the given answers. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public HardshipFilePreview preview(long workerId, FilingAnswers answers) {
        return preview(workerId, null, answers);
    }

    /**
     * The same, for a file opened from a lead: the registry household is compared with the lead's latest
     * visit (see {@link HardshipFilePreview.VisitCheck}). Without a lead, the worker's open lead is used.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public HardshipFilePreview preview(long workerId, @Nullable Long leadId, FilingAnswers answers) {
        WorkerView worker = people.get(workerId);
        return preview(worker, leadId, answers, today());
    }

    /**
     * Opens a DRAFT file for the worker's household. Refused when the household already has an open file,
     * when its income is not recorded, when an exclusion answered yes blocks filing, and when the chosen
     * category differs from the suggested one without a written reason.
     */
    @PreAuthorize("hasRole('CASEWORKER')")
    public HardshipFileView open(OpenFile command) {
        Actor actor = Actors.required();
        WorkerView worker = people.get(command.workerId());
        LocalDate today = today();
        HardshipFilePreview preview = preview(worker, command.leadId(), command.answers(), today);
        HardshipFilePreview.VisitCheck visit = preview.visit();
        if (visit != null && !visit.agrees()) {
            HouseholdView registry = worker.household();
            throw new BusinessRuleException("hardshipFile.visit.disagrees", String.valueOf(visit.householdSize()),
                    String.valueOf(visit.perCapitaMonthlyIncome()), String.valueOf(registry.size()),
                    String.valueOf(registry.perCapitaMonthlyIncome()));
        }
        HouseholdView household = worker.household();
        Long householdId = household.id();
        if (householdId == null) {
            throw new BusinessRuleException("hardshipFile.household.missing");
        }
        if (files.existsOpenForHousehold(householdId)) {
            throw new BusinessRuleException("hardshipFile.household.alreadyOpen");
        }
        EligibilityAssessment assessment = preview.assessment();
        if (!assessment.blockingExclusions().isEmpty()) {
            throw new BusinessRuleException("hardshipFile.exclusion.blocks",
                    String.join(", ", exclusionLabels(preview, assessment.blockingExclusions())));
        }
        HardshipCategory chosen = command.category() != null ? command.category() : assessment.suggestedCategory();
        if (chosen == null) {
            throw new BusinessRuleException("hardshipFile.category.required");
        }
        String overrideReason = blankToNull(command.overrideReason());
        if (chosen != assessment.suggestedCategory() && overrideReason == null) {
            throw new BusinessRuleException("hardshipFile.override.reasonRequired");
        }
        if (chosen == assessment.suggestedCategory()) {
            overrideReason = null;
        }
        BranchView branch = worker.branch();
        String number = branch.code() + "-" + today.getYear() + "-" + String.format("%05d", files.nextNumber());
        HardshipFile file = files.saveAndFlush(new HardshipFile(new HardshipFile.Snapshot(number, worker.id(),
                worker.name(), householdId, branch.id(), command.leadId(), chosen, command.level(), command.primaryCause(),
                command.secondaryCauses(), worker.workerType(), HardshipFileOrigin.NEW, household.size(),
                nonNull(household.annualDisposableIncome()), nonNull(household.rigidExpenditure()),
                assessment.perCapitaMonthlyIncome(), assessment.ruleSetId(), assessment.minLivingStandard(),
                assessment.suggestedCategory(), assessment.reasonKey(), assessment.reasonArgs(), overrideReason,
                actor.id(), actor.username(), today)));
        FileTransition opened = transitions.save(file.opened(actor.username(), clock.instant()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("fileNumber", number);
        after.put("workerId", worker.id());
        after.put("state", file.state());
        after.put("category", chosen);
        after.put("suggestedCategory", String.valueOf(assessment.suggestedCategory()));
        after.put("ruleSetId", assessment.ruleSetId());
        after.put("perCapitaIncome", assessment.perCapitaMonthlyIncome());
        audit.record(AuditEntry.of(ENTITY, file.id(), opened.action().name(), file.branchId()).withAfter(after)
                .withReason(overrideReason));
        if (command.leadId() != null) {
            // the lead must concern this worker; it moves VERIFYING → FILED in the same transaction
            LeadView lead = leads.get(command.leadId());
            if (lead.workerId() == null || lead.workerId() != worker.id()) {
                throw new BusinessRuleException("hardshipFile.lead.otherWorker");
            }
            leads.markFiled(command.leadId(), file.id());
        }
        return view(file);
    }

    // ---- transitions -----------------------------------------------------------------------------

    @PreAuthorize("hasRole('CASEWORKER')")
    public HardshipFileView submitForReview(long id) {
        HardshipFile file = loadVisible(id);
        return applied(file, file.submitForReview(actor(), clock.instant()));
    }

    /**
     * The approval of the file: its public notice (公示) starts today for the region's notice days. Refused while an
     * objection lodged on the notice board is not resolved ({@link NoticeObjections}).
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN')")
    public HardshipFileView startPublicNotice(long id) {
        HardshipFile file = loadVisible(id);
        NoticeObjections open = objections.getIfAvailable();
        if (open != null && open.openOnFile(id)) {
            throw new BusinessRuleException("hardshipFile.notice.openObjection");
        }
        RuleSetView ruleSet = ruleSetFor(file);
        return applied(file, file.startPublicNotice(today(), ruleSet.noticeDays(), actor(), clock.instant()));
    }

    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN')")
    public HardshipFileView raiseObjection(long id, String reason) {
        HardshipFile file = loadVisible(id);
        return applied(file, file.raiseObjection(requireText(reason), actor(), clock.instant()));
    }

    /** Activates a file whose notice has ended (the scheduled job does the same for all of them). */
    @PreAuthorize("hasRole('CASEWORKER')")
    public HardshipFileView activateAfterNotice(long id) {
        HardshipFile file = loadVisible(id);
        return applied(file, file.activateAfterNotice(today(), actor(), clock.instant()));
    }

    /** Whether this installation offers {@link #endNoticeNowForDemo} (the dev profile; never production). */
    public boolean demoEndNoticeEnabled() {
        return demoEndNotice;
    }

    /**
     * Demo only ({@code unionaid.hardship.demo-end-notice}, on in the dev profile): ends a file's public notice
     * today and activates it, so a demo can walk a new file past the notice (shortest notice: one day). The same
     * people as start the notice may do it; an audit row {@code END_NOTICE_EARLY} keeps the notice's planned end
     * beside the activation. Elsewhere refused with {@code hardshipFile.demoEndNotice.disabled}.
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN')")
    public HardshipFileView endNoticeNowForDemo(long id) {
        if (!demoEndNotice) {
            throw new BusinessRuleException("hardshipFile.demoEndNotice.disabled");
        }
        HardshipFile file = loadVisible(id);
        String plannedEnd = String.valueOf(file.noticeEndsOn());
        FileTransition activation = file.endNoticeNowForDemo(today(), actor(), clock.instant());
        audit.record(AuditEntry.of(ENTITY, file.id(), "END_NOTICE_EARLY", file.branchId())
                .withBefore(Map.of("noticeEndsOn", plannedEnd))
                .withAfter(Map.of("noticeEndsOn", today().toString()))
                .withReason("demo: public notice ended early (unionaid.hardship.demo-end-notice)"));
        return applied(file, activation);
    }

    /** Exit (解困脱困) with its reason, and the start of the monitoring period in the same step. */
    @PreAuthorize("hasRole('CASEWORKER')")
    public HardshipFileView exit(long id, String reason) {
        HardshipFile file = loadVisible(id);
        return exitAndMonitor(file, requireText(reason));
    }

    @PreAuthorize("hasRole('CASEWORKER')")
    public HardshipFileView reopenAfterRelapse(long id, String reason) {
        HardshipFile file = loadVisible(id);
        return applied(file, file.reopenAfterRelapse(today(), requireText(reason), actor(), clock.instant()));
    }

    /** Closes a file whose monitoring has ended (the scheduled job does the same for all of them). */
    @PreAuthorize("hasRole('CASEWORKER')")
    public HardshipFileView close(long id) {
        HardshipFile file = loadVisible(id);
        return applied(file, file.close(today(), actor(), clock.instant()));
    }

    @PreAuthorize("hasRole('CASEWORKER')")
    public HardshipFileView cancel(long id, HardshipFileCancelReason code, String text) {
        HardshipFile file = loadVisible(id);
        return applied(file, file.cancel(today(), code, requireText(text), actor(), clock.instant()));
    }

    // ---- for appeals (the appeals module asks; hardship does not know it) -----------------------------

    /**
     * The cancellation of a file the caller may see (its primary worker, staff of its scope), or empty when it is
     * not CANCELLED; who cancelled it and when come from its CANCEL history row.
     */
    @Transactional(readOnly = true)
    public Optional<FileCancellation> cancellation(long id) {
        Actor actor = Actors.required();
        HardshipFile file = files.findById(id).orElseThrow(() -> new HardshipFileNotFoundException(id));
        boolean own = java.util.Objects.equals(actor.workerId(), file.primaryWorkerId());
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
                java.util.Objects.requireNonNullElse(file.cancelReasonText(), "")));
    }

    /**
     * An appeal against the cancellation was upheld (by a CASEWORKER of scope): the file goes back to IN_REVIEW,
     * refused when the household has opened another file since (one open file per household).
     */
    @PreAuthorize("hasRole('CASEWORKER')")
    public HardshipFileView reopenOnAppeal(long id, String appealReference) {
        HardshipFile file = loadVisible(id);
        if (file.state() != HardshipFileState.CANCELLED) {
            throw new BusinessRuleException(HardshipFile.ILLEGAL, file.state(), HardshipFileAction.REOPEN_ON_APPEAL);
        }
        if (files.existsOpenForHousehold(file.householdId())) {
            throw new BusinessRuleException("hardshipFile.reopen.otherFileOpen");
        }
        return applied(file, file.reopenOnAppeal("appeal " + appealReference, actor(), clock.instant()));
    }

    // ---- for the scheduled job (runs as "system"; each call in its own transaction) ---------------

    /** Ids of PUBLIC_NOTICE files whose notice ended by today. */
    @Transactional(readOnly = true)
    public List<Long> noticeEnded() {
        return files.findNoticeEnded(HardshipFileState.PUBLIC_NOTICE, today());
    }

    /** Ids of MONITORING files whose monitoring ended by today. */
    @Transactional(readOnly = true)
    public List<Long> monitoringEnded() {
        return files.findMonitoringEnded(HardshipFileState.MONITORING, today());
    }

    /** Activates the file if it is (still) in a notice that has ended; false when there was nothing to do. */
    public boolean activateIfNoticeEnded(long id) {
        HardshipFile file = files.findById(id).orElseThrow(() -> new HardshipFileNotFoundException(id));
        LocalDate today = today();
        if (file.state() != HardshipFileState.PUBLIC_NOTICE || file.noticeEndsOn() == null
                || today.isBefore(file.noticeEndsOn())) {
            return false;
        }
        applied(file, file.activateAfterNotice(today, Actors.currentName(), clock.instant()));
        return true;
    }

    /** Closes the file if it is (still) monitored and its monitoring has ended. */
    public boolean closeIfMonitoringEnded(long id) {
        HardshipFile file = files.findById(id).orElseThrow(() -> new HardshipFileNotFoundException(id));
        LocalDate today = today();
        if (file.state() != HardshipFileState.MONITORING || file.monitoringEndsOn() == null
                || today.isBefore(file.monitoringEndsOn())) {
            return false;
        }
        applied(file, file.close(today, Actors.currentName(), clock.instant()));
        return true;
    }

    // ---- reading ---------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public HardshipFileView get(long id) {
        return view(loadVisible(id));
    }

    /**
     * The ACTIVE files of the caller's branch subtree per current category, from the summary kept in the same
     * transaction as every file change; every category is present, with 0 when there is none.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public Map<HardshipCategory, Long> activeCountByCategory() {
        Map<HardshipCategory, Long> result = new EnumMap<>(HardshipCategory.class);
        for (HardshipCategory category : HardshipCategory.values()) {
            result.put(category, 0L);
        }
        for (Object[] row : files.countActiveByCategory(
                branches.scopeOf(Actors.required().branchId()).likePattern())) {
            result.put(HardshipCategory.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return result;
    }

    /** Files of the caller's subtree matching the filter, paged and sorted in the database. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public Page<HardshipFileSummary> search(HardshipFileFilter filter, Pageable pageable) {
        return search.find(filter, branches.scopeOf(Actors.required().branchId()).likePattern(), pageable);
    }

    /** The caseworkers who own files in the caller's subtree (id → username), for the filter. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public Map<Long, String> caseworkers() {
        return search.caseworkers(branches.scopeOf(Actors.required().branchId()).likePattern());
    }

    /** The signed-in worker's own file, without internal notes. */
    @Transactional(readOnly = true)
    public Optional<HardshipFileMine> mine() {
        Long workerId = Actors.required().workerId();
        if (workerId == null) {
            return Optional.empty();
        }
        return files.findLatestOfWorker(workerId).map(f -> new HardshipFileMine(f.id(), f.fileNumber(), f.state(),
                f.category(), f.filedOn(), f.nextReviewDue()));
    }

    /**
     * The category of the worker's filed hardship file — ACTIVE only: a draft or a file under review or
     * public notice is not yet approved, and a household in its monitoring year has left hardship — for other
     * modules' eligibility checks; empty otherwise. Not scoped: the caller has already loaded the worker
     * through its own checks.
     */
    @Transactional(readOnly = true)
    public Optional<HardshipCategory> categoryOf(long workerId) {
        return files.findLatestOfWorker(workerId).filter(f -> f.state() == HardshipFileState.ACTIVE)
                .map(HardshipFile::category);
    }

    // ---- within the module -----------------------------------------------------------------------

    /** Loads a file the caller may see (staff reader within the branch subtree), else 404. */
    HardshipFile loadVisible(long id) {
        Actor actor = Actors.required();
        HardshipFile file = files.findById(id).orElseThrow(() -> new HardshipFileNotFoundException(id));
        if (READER_ROLES.stream().noneMatch(actor::has) || !branches.covers(actor.branchId(), file.branchId())) {
            throw new HardshipFileNotFoundException(id);
        }
        return file;
    }

    /** Exits and starts the monitoring: two transitions, used by {@link #exit} and by a review's EXIT outcome. */
    /**
     * The PROPOSED payouts of the file's measures: while one waits for its decision the file cannot exit
     * ({@link UndecidedPayouts}); the file's page lists them above the exit form.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<org.unionaid.payouts.PayoutView> undecidedPayouts(long id) {
        return undecidedPayouts.of(loadVisible(id).id());
    }

    HardshipFileView exitAndMonitor(HardshipFile file, String reason) {
        List<org.unionaid.payouts.PayoutView> undecided = undecidedPayouts.of(file.id());
        if (!undecided.isEmpty()) {
            throw new BusinessRuleException("hardshipFile.exit.undecidedPayouts", String.join(", ",
                    undecided.stream().map(org.unionaid.payouts.PayoutView::reference).toList()));
        }
        applied(file, file.exit(today(), reason, actor(), clock.instant()));
        return applied(file, file.startMonitoring(ruleSetFor(file).monitoringMonths(), today(), actor(), clock.instant()));
    }

    void changeCategory(HardshipFile file, HardshipCategory category, String why) {
        HardshipCategory before = file.category();
        file.changeCategory(category);
        files.flush();
        audit.record(AuditEntry.of(ENTITY, file.id(), "CHANGE_CATEGORY", file.branchId())
                .withBefore(Map.of("category", before)).withAfter(Map.of("category", category)).withReason(why));
    }

    private HardshipFileView applied(HardshipFile file, FileTransition transition) {
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
        audit.record(AuditEntry.of(ENTITY, file.id(), transition.action().name(), file.branchId())
                .withBefore(Map.of("state", transition.fromState())).withAfter(after)
                .withReason(transition.reason()));
        return view(file);
    }

    private HardshipFilePreview preview(WorkerView worker, @Nullable Long leadId, FilingAnswers answers,
                                        LocalDate onDate) {
        HouseholdView household = worker.household();
        if (household.id() == null || household.annualDisposableIncome() == null
                || household.perCapitaMonthlyIncome() == null) {
            throw new BusinessRuleException("hardshipFile.household.incomeMissing");
        }
        String region = regionOf(worker.branch());
        EligibilityAssessment assessment = rules.assess(new EligibilityInput(region, onDate,
                household.perCapitaMonthlyIncome(), household.annualDisposableIncome(),
                nonNull(answers.annualHardshipCosts()), answers.suddenHardship(), answers.exclusionsAnswered()));
        RuleSetView ruleSet = rules.inForce(region, onDate).orElseThrow();
        HardshipFilePreview.VisitCheck visit = leads.latestVisit(leadId, worker.id()).map(v -> {
            java.math.BigDecimal perCapita = org.unionaid.people.HouseholdIncome.perCapitaMonthly(
                    v.annualDisposableIncome(), v.rigidExpenditure(), v.householdSize());
            boolean agrees = v.householdSize() == household.size() && perCapita != null
                    && perCapita.compareTo(household.perCapitaMonthlyIncome()) == 0;
            return new HardshipFilePreview.VisitCheck(v.leadId(), v.visitDate(), v.householdSize(), perCapita, agrees);
        }).orElse(null);
        return new HardshipFilePreview(worker.id(), worker.name(), worker.branch().name(), household.size(),
                household.annualDisposableIncome(), nonNull(household.rigidExpenditure()), assessment,
                ruleSet.noticeDays(), ruleSet.exclusions(), visit);
    }

    private RuleSetView ruleSetFor(HardshipFile file) {
        String region = regionOf(branches.get(file.branchId()));
        return rules.inForce(region, today()).orElseThrow(
                () -> new BusinessRuleException("eligibility.noRuleSet", region, today().toString()));
    }

    /** The branch's region, or the nearest enclosing branch's; the national code when none has one. */
    private String regionOf(BranchView branch) {
        BranchView current = branch;
        while (current.regionCode() == null || current.regionCode().isBlank()) {
            if (current.parentId() == null) {
                return "000000";
            }
            current = branches.get(current.parentId());
        }
        return current.regionCode();
    }

    private static List<String> exclusionLabels(HardshipFilePreview preview, List<String> codes) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return codes.stream().map(code -> preview.exclusions().stream().filter(e -> e.code().equals(code))
                .findFirst().map(e -> e.label(locale)).orElse(code)).toList();
    }

    private HardshipFileView view(HardshipFile f) {
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

    private static String actor() {
        return Actors.currentName();
    }

    private static String requireText(@Nullable String text) {
        String value = blankToNull(text);
        if (value == null) {
            throw new BusinessRuleException("hardshipFile.reason.required");
        }
        return value;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static BigDecimal nonNull(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** The caseworker's answers that the assessment depends on besides the household figures. */
    public record FilingAnswers(boolean suddenHardship, @Nullable BigDecimal annualHardshipCosts,
                                Set<String> exclusionsAnswered) {

        public static FilingAnswers none() {
            return new FilingAnswers(false, null, Set.of());
        }
    }

    /**
     * What the caseworker confirms on the filing page. {@code category} null takes the suggested one; another
     * category than the suggested needs {@code overrideReason}.
     */
    public record OpenFile(long workerId, @Nullable Long leadId, FilingAnswers answers,
                           @Nullable HardshipCategory category, HardshipFileLevel level, HardshipFileCause primaryCause,
                           Set<HardshipFileCause> secondaryCauses, @Nullable String overrideReason) {
    }
}
