package org.unionaid.people;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.people.domain.Household;
import org.unionaid.people.domain.HouseholdMember;
import org.unionaid.people.domain.HouseholdMemberChange;
import org.unionaid.people.domain.HouseholdMemberChangeRepository;
import org.unionaid.people.domain.Worker;
import org.unionaid.people.domain.WorkerRepository;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.NationalId;
import org.unionaid.shared.RecordNotFoundException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;

/**
 * A worker keeps the members of their own household ({@code /me/household}): a new member or a changed one is
 * applied at once, unless the household has an open hardship file ({@link HouseholdFiles}, implemented by the
 * hardship module): then the change waits as PENDING until a CASEWORKER whose subtree covers the worker's branch
 * accepts it (it is applied then) or refuses it with a reason, so nobody changes a filed household's figures
 * behind its caseworker. Every request, application and decision is audited (masked national IDs only), and
 * published ({@link HouseholdChangeRequested}, {@link HouseholdChangeDecided}) so hardship tells the file's
 * caseworker and the worker in the same transaction.
 */
@Service
@Transactional
public class HouseholdChanges {

    static final String ENTITY = "HouseholdMemberChange";
    static final String SELF_SERVICE = "self-service (/me/household)";

    private final HouseholdMemberChangeRepository changes;
    private final Households households;
    private final WorkerRecords records;
    private final WorkerRepository workers;
    private final Branches branches;
    private final AuditTrail audit;
    private final ObjectProvider<HouseholdFiles> files;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    HouseholdChanges(HouseholdMemberChangeRepository changes, Households households, WorkerRecords records,
                     WorkerRepository workers, Branches branches, AuditTrail audit,
                     ObjectProvider<HouseholdFiles> files, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.changes = changes;
        this.households = households;
        this.records = records;
        this.workers = workers;
        this.branches = branches;
        this.audit = audit;
        this.files = files;
        this.clock = clock;
    }

    // ---- the worker ------------------------------------------------------------------------------

    /** Whether a change of the signed-in worker's household waits for the caseworker (an open hardship file). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('WORKER')")
    public boolean myHouseholdFiled() {
        Worker worker = records.loadVisible(myWorkerId());
        return households.existingHouseholdOf(worker.id()).map(h -> filed(Objects.requireNonNull(h.id())))
                .orElse(false);
    }

    /** The signed-in worker's recent changes (pending ones and the last decisions), newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('WORKER')")
    public List<HouseholdChangeView> mine() {
        return views(changes.findTop20ByWorkerIdOrderByIdDesc(myWorkerId()));
    }

    /** A member of the signed-in worker's household, for the edit form; another household's member is 404. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('WORKER')")
    public HouseholdMemberView myMember(long memberId) {
        return households.member(myWorkerId(), memberId);
    }

    /**
     * The signed-in worker adds a member ({@code memberId} null) or changes one (at the version they saw): applied
     * at once, or kept for the caseworker when the household has an open hardship file.
     */
    @PreAuthorize("hasRole('WORKER')")
    public HouseholdChangeOutcome propose(@Nullable Long memberId, long expectedVersion, MemberDetails details) {
        Worker worker = records.loadVisible(myWorkerId());
        Household household = households.householdOf(worker.id());
        HouseholdMember member = null;
        if (memberId != null) {
            member = households.memberOf(worker.id(), memberId);
            WorkerRecords.checkVersion(member.version(), expectedVersion, HouseholdMember.class, memberId);
        }
        NationalId id = WorkerRecords.memberOrWorkerId(details.nationalId());
        if (!filed(Objects.requireNonNull(household.id()))) {
            HouseholdMember applied = member == null ? households.add(worker, household, details, SELF_SERVICE)
                    : households.update(worker, member, details, SELF_SERVICE);
            return new HouseholdChangeOutcome(records.memberView(applied), null);
        }
        HouseholdMemberChange change = changes.saveAndFlush(new HouseholdMemberChange(household.id(), worker.id(),
                worker.branchId(), member, details, id, Actors.currentName(), clock.instant()));
        audit.record(AuditEntry.of(ENTITY, change.id(), "REQUEST", worker.branchId()).withAfter(fields(change))
                .withReason("household has an open hardship file: waits for the caseworker"));
        events.publishEvent(new HouseholdChangeRequested(change.id(), worker.id(), worker.name(), household.id(),
                change.name()));
        return new HouseholdChangeOutcome(null, change.id());
    }

    // ---- the caseworker --------------------------------------------------------------------------

    /** The PENDING changes of the caller's branch subtree, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public Page<HouseholdChangeView> pending(Pageable pageable) {
        String pattern = branches.scopeOf(Actors.required().branchId()).likePattern();
        Page<HouseholdMemberChange> page = changes.findPendingIn(pattern, pageable);
        List<HouseholdChangeView> views = views(page.getContent());
        return page.map(c -> views.stream().filter(v -> v.id() == c.id()).findFirst().orElseThrow());
    }

    /** The PENDING changes of one worker the caller may see (the notice on the worker's page). */
    @Transactional(readOnly = true)
    public List<HouseholdChangeView> pendingFor(long workerId) {
        Worker worker = records.loadVisible(workerId);
        return views(changes.findByWorkerIdAndStateOrderByIdAsc(worker.id(), HouseholdChangeState.PENDING));
    }

    /** Accepts a pending change: it is applied to the household now (a member changed since is refused as stale). */
    @PreAuthorize("hasRole('CASEWORKER')")
    public HouseholdChangeView accept(long changeId) {
        HouseholdMemberChange change = loadInScope(changeId);
        if (change.state() != HouseholdChangeState.PENDING) {
            throw new BusinessRuleException("householdChange.decided");
        }
        Worker worker = workers.findById(change.workerId()).orElseThrow(() -> new WorkerNotFoundException(
                change.workerId()));
        String reason = "household change " + changeId + " accepted";
        if (change.kind() == HouseholdChangeKind.ADD) {
            households.add(worker, households.householdOf(worker.id()), change.details(), reason);
        } else {
            HouseholdMember member = households.memberOf(worker.id(), Objects.requireNonNull(change.memberId()));
            if (!Objects.equals(member.version(), change.baseVersion())) {
                throw new BusinessRuleException("householdChange.stale");
            }
            households.update(worker, member, change.details(), reason);
        }
        change.accept(Actors.currentName(), clock.instant());
        changes.flush();
        audit.record(AuditEntry.of(ENTITY, changeId, "ACCEPT", change.branchId())
                .withBefore(Map.of("state", HouseholdChangeState.PENDING))
                .withAfter(Map.of("state", HouseholdChangeState.ACCEPTED)));
        events.publishEvent(new HouseholdChangeDecided(changeId, change.workerId(), change.name(),
                HouseholdChangeState.ACCEPTED, null));
        return views(List.of(change)).get(0);
    }

    /** Refuses a pending change with a reason; nothing is applied. */
    @PreAuthorize("hasRole('CASEWORKER')")
    public HouseholdChangeView refuse(long changeId, @Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("householdChange.reason.required");
        }
        HouseholdMemberChange change = loadInScope(changeId);
        change.refuse(Actors.currentName(), clock.instant(), reason.strip());
        changes.flush();
        audit.record(AuditEntry.of(ENTITY, changeId, "REFUSE", change.branchId())
                .withBefore(Map.of("state", HouseholdChangeState.PENDING))
                .withAfter(Map.of("state", HouseholdChangeState.REFUSED)).withReason(reason.strip()));
        events.publishEvent(new HouseholdChangeDecided(changeId, change.workerId(), change.name(),
                HouseholdChangeState.REFUSED, reason.strip()));
        return views(List.of(change)).get(0);
    }

    // ---- internals -------------------------------------------------------------------------------

    private boolean filed(long householdId) {
        HouseholdFiles spi = files.getIfAvailable();
        return spi != null && spi.openFileFor(householdId);
    }

    private static long myWorkerId() {
        Long workerId = Actors.required().workerId();
        if (workerId == null) {
            throw new BusinessRuleException("household.self.noRecord");
        }
        return workerId;
    }

    private HouseholdMemberChange loadInScope(long changeId) {
        Actor actor = Actors.required();
        HouseholdMemberChange change = changes.findById(changeId)
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, changeId));
        if (!branches.covers(actor.branchId(), change.branchId())) {
            throw new RecordNotFoundException(ENTITY, changeId);
        }
        return change;
    }

    private List<HouseholdChangeView> views(List<HouseholdMemberChange> rows) {
        Map<Long, String> names = workers.findAllById(rows.stream().map(HouseholdMemberChange::workerId).distinct()
                .toList()).stream().collect(Collectors.toMap(Worker::id, Worker::name));
        Map<Long, String> members = rows.stream().anyMatch(c -> c.memberId() != null)
                ? households.memberNames(rows.stream().map(HouseholdMemberChange::memberId).filter(Objects::nonNull)
                        .toList()) : Map.of();
        return rows.stream().map(c -> new HouseholdChangeView(c.id(), c.workerId(),
                names.getOrDefault(c.workerId(), "?"), c.branchId(), c.kind(), c.memberId(),
                c.memberId() == null ? null : members.get(c.memberId()), c.name(), c.relation(), c.birthDate(),
                c.age(), c.health(), c.schoolStage(), c.employment(), c.monthlyIncome(), c.nationalIdMasked(),
                c.state(), c.requestedBy(), c.requestedAt(), c.decidedBy(), c.decidedAt(), c.decisionReason()))
                .toList();
    }

    private static Map<String, @Nullable Object> fields(HouseholdMemberChange c) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        map.put("workerId", c.workerId());
        map.put("kind", c.kind());
        map.put("memberId", c.memberId());
        map.put("name", c.name());
        map.put("relation", c.relation());
        map.put("nationalIdMasked", c.nationalIdMasked());
        map.put("birthDate", c.birthDate() == null ? null : c.birthDate().toString());
        map.put("schoolStage", c.schoolStage());
        map.put("employment", c.employment());
        map.put("monthlyIncome", c.monthlyIncome());
        return map;
    }
}
