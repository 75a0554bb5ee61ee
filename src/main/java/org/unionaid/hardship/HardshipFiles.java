package org.unionaid.hardship;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 *
 * <p>The eligibility side of filing (the assessment, the rule set of the region, the checks of {@link OpenFile}) is
 * in {@link FilingRules}; loading, history and audit rows and views are shared with the date-driven transitions of
 * {@link HardshipFileDeadlines} through {@link HardshipFileRecords}.
 */
@Service
@Transactional
public class HardshipFiles {

    static final String READERS = "hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR')";
    static final String ENTITY = "HardshipFile";

    private final HardshipFileRepository files;
    private final FileTransitionRepository transitions;
    private final HardshipFileSearch search;
    private final People people;
    private final Branches branches;
    private final FilingRules filing;
    private final AuditTrail audit;
    private final Clock clock;
    private final Leads leads;
    private final UndecidedPayouts undecidedPayouts;
    private final HardshipFileRecords records;
    private final boolean demoEndNotice;
    private final org.springframework.beans.factory.ObjectProvider<NoticeObjections> objections;
    private final FileConsents consents;

    private final org.unionaid.users.Users users;

    HardshipFiles(HardshipFileRepository files, FileTransitionRepository transitions, HardshipFileSearch search,
                  People people, Branches branches, FilingRules filing, AuditTrail audit,
                  Clock clock, Leads leads, UndecidedPayouts undecidedPayouts, HardshipFileRecords records,
                  org.springframework.beans.factory.ObjectProvider<NoticeObjections> objections, FileConsents consents,
                  org.unionaid.users.Users users,
                  @org.springframework.beans.factory.annotation.Value("${unionaid.hardship.demo-end-notice:false}")
                  boolean demoEndNotice) {
        this.leads = leads;
        this.users = users;
        this.records = records;
        this.objections = objections;
        this.consents = consents;
        this.demoEndNotice = demoEndNotice;
        this.undecidedPayouts = undecidedPayouts;
        this.files = files;
        this.transitions = transitions;
        this.search = search;
        this.people = people;
        this.branches = branches;
        this.filing = filing;
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
        return filing.preview(worker, leadId, answers, today());
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
        HardshipFilePreview preview = filing.preview(worker, command.leadId(), command.answers(), today);
        FilingRules.Choice choice = filing.checkOpen(command, worker, preview);
        HouseholdView household = worker.household();
        long householdId = Objects.requireNonNull(household.id());
        EligibilityAssessment assessment = preview.assessment();
        HardshipCategory chosen = choice.category();
        String overrideReason = choice.overrideReason();
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
        return records.view(file);
    }

    // ---- transitions -----------------------------------------------------------------------------

    /** Refused without a valid means-test consent ({@link FileConsents}), as is the approval. */
    @PreAuthorize("hasRole('CASEWORKER')")
    public HardshipFileView submitForReview(long id) {
        HardshipFile file = records.loadVisible(id);
        FileTransition submitted = file.submitForReview(actor(), clock.instant());
        consents.requireValid(file); // after the state check; a refusal rolls the transition back
        return records.applied(file, submitted);
    }

    /**
     * The approval of the file: its public notice (公示) starts today for the region's notice days. Refused while an
     * objection lodged on the notice board is not resolved ({@link NoticeObjections}).
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN')")
    public HardshipFileView startPublicNotice(long id) {
        HardshipFile file = records.loadVisible(id);
        NoticeObjections open = objections.getIfAvailable();
        if (open != null && open.openOnFile(id)) {
            throw new BusinessRuleException("hardshipFile.notice.openObjection");
        }
        RuleSetView ruleSet = filing.ruleSetFor(file);
        FileTransition notice = file.startPublicNotice(today(), ruleSet.noticeDays(), actor(), clock.instant());
        consents.requireValid(file);
        return records.applied(file, notice);
    }

    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN')")
    public HardshipFileView raiseObjection(long id, String reason) {
        HardshipFile file = records.loadVisible(id);
        return records.applied(file, file.raiseObjection(requireText(reason), actor(), clock.instant()));
    }

    /** Activates a file whose notice has ended (the scheduled job does the same for all of them). */
    @PreAuthorize("hasRole('CASEWORKER')")
    public HardshipFileView activateAfterNotice(long id) {
        HardshipFile file = records.loadVisible(id);
        return records.applied(file, file.activateAfterNotice(today(), actor(), clock.instant()));
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
        HardshipFile file = records.loadVisible(id);
        String plannedEnd = String.valueOf(file.noticeEndsOn());
        FileTransition activation = file.endNoticeNowForDemo(today(), actor(), clock.instant());
        audit.record(AuditEntry.of(ENTITY, file.id(), "END_NOTICE_EARLY", file.branchId())
                .withBefore(Map.of("noticeEndsOn", plannedEnd))
                .withAfter(Map.of("noticeEndsOn", today().toString()))
                .withReason("demo: public notice ended early (unionaid.hardship.demo-end-notice)"));
        return records.applied(file, activation);
    }

    /** Exit (解困脱困) with its reason, and the start of the monitoring period in the same step. */
    @PreAuthorize("hasRole('CASEWORKER')")
    public HardshipFileView exit(long id, String reason) {
        HardshipFile file = records.loadVisible(id);
        return exitAndMonitor(file, requireText(reason));
    }

    @PreAuthorize("hasRole('CASEWORKER')")
    public HardshipFileView reopenAfterRelapse(long id, String reason) {
        HardshipFile file = records.loadVisible(id);
        return records.applied(file, file.reopenAfterRelapse(today(), requireText(reason), actor(), clock.instant()));
    }

    /** Closes a file whose monitoring has ended (the scheduled job does the same for all of them). */
    @PreAuthorize("hasRole('CASEWORKER')")
    public HardshipFileView close(long id) {
        HardshipFile file = records.loadVisible(id);
        return records.applied(file, file.close(today(), actor(), clock.instant()));
    }

    @PreAuthorize("hasRole('CASEWORKER')")
    public HardshipFileView cancel(long id, HardshipFileCancelReason code, String text) {
        HardshipFile file = records.loadVisible(id);
        return records.applied(file, file.cancel(today(), code, requireText(text), actor(), clock.instant()));
    }

    // ---- reading ---------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public HardshipFileView get(long id) {
        return records.view(records.loadVisible(id));
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

    /**
     * The caseworkers of the caller's subtree (enabled accounts with the role, id → username, as a file records its
     * caseworker), for the filter. Asked of the users module (a few dozen accounts), never by a DISTINCT over the
     * files: that scanned a province's 200,000 files on every view of the list (~100 ms, docs/operations.md).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public Map<Long, String> caseworkers() {
        Map<Long, String> result = new java.util.LinkedHashMap<>();
        users.withRoleInScope(Actors.required().branchId(), org.unionaid.shared.security.Role.CASEWORKER).stream()
                .sorted(java.util.Comparator.comparing(org.unionaid.users.UserSummary::username))
                .forEach(u -> result.put(u.id(), u.username()));
        return result;
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
        return records.loadVisible(id);
    }

    /** Exits and starts the monitoring: two transitions, used by {@link #exit} and by a review's EXIT outcome. */
    /**
     * The PROPOSED payouts of the file's measures: while one waits for its decision the file cannot exit
     * ({@link UndecidedPayouts}); the file's page lists them above the exit form.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<org.unionaid.payouts.PayoutView> undecidedPayouts(long id) {
        return undecidedPayouts.of(records.loadVisible(id).id());
    }

    HardshipFileView exitAndMonitor(HardshipFile file, String reason) {
        List<org.unionaid.payouts.PayoutView> undecided = undecidedPayouts.of(file.id());
        if (!undecided.isEmpty()) {
            throw new BusinessRuleException("hardshipFile.exit.undecidedPayouts", String.join(", ",
                    undecided.stream().map(org.unionaid.payouts.PayoutView::reference).toList()));
        }
        records.applied(file, file.exit(today(), reason, actor(), clock.instant()));
        return records.applied(file, file.startMonitoring(filing.ruleSetFor(file).monitoringMonths(), today(), actor(),
                clock.instant()));
    }

    void changeCategory(HardshipFile file, HardshipCategory category, String why) {
        HardshipCategory before = file.category();
        file.changeCategory(category);
        files.flush();
        audit.record(AuditEntry.of(ENTITY, file.id(), "CHANGE_CATEGORY", file.branchId())
                .withBefore(Map.of("category", before)).withAfter(Map.of("category", category)).withReason(why));
    }

    private LocalDate today() {
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

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static BigDecimal nonNull(@Nullable BigDecimal value) {
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
