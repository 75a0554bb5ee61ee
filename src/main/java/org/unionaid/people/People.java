package org.unionaid.people;

import static org.unionaid.people.WorkerRecords.changed;
import static org.unionaid.people.WorkerRecords.fields;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.people.domain.Worker;
import org.unionaid.people.domain.WorkerRepository;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.NationalId;
import org.unionaid.shared.crypto.LookupHash;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.sql.Keyset;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Role;

/**
 * The people registry: register, edit, find and read workers, within the caller's branch subtree (a worker: only
 * their own record); their households and members are changed through {@link Households}. Every change, and every
 * view of a full national ID, is audited in the same transaction, with masked values only. Who may do what: see
 * the package documentation.
 */
@Service
@Transactional
public class People {

    /** Staff who search and read workers of their subtree. */
    static final Set<Role> READERS = org.unionaid.shared.security.Resource.WORKER.staffReaders();
    /** Staff who may see a full national ID (each view audited). */
    static final Set<Role> REVEALERS = EnumSet.of(Role.CASEWORKER, Role.ADMIN, Role.AUDITOR);

    private static final Set<String> SORTABLE = Set.of("name", "birthDate", "id");
    private static final int MAX_PAGE_SIZE = 100;

    private final WorkerRepository workers;
    private final Branches branches;
    private final AuditTrail audit;
    private final LookupHash lookupHash;
    private final ApplicationEventPublisher events;
    private final WorkerSearch search;
    private final WorkerBulkInsert bulk;
    private final DisbursementAccountReader accountReader;
    private final WorkerRecords records;

    People(WorkerRepository workers, Branches branches, AuditTrail audit, LookupHash lookupHash,
           ApplicationEventPublisher events, WorkerSearch search, WorkerBulkInsert bulk,
           DisbursementAccountReader accountReader, WorkerRecords records) {
        this.workers = workers;
        this.branches = branches;
        this.audit = audit;
        this.lookupHash = lookupHash;
        this.events = events;
        this.search = search;
        this.bulk = bulk;
        this.accountReader = accountReader;
        this.records = records;
    }

    // ---- reading ---------------------------------------------------------------------------------

    /** A worker the caller may see; otherwise {@link WorkerNotFoundException}, whether it exists or not. */
    @Transactional(readOnly = true)
    public WorkerView get(long id) {
        return records.view(records.loadVisible(id));
    }

    /** The signed-in worker's own record, if their account is linked to one. */
    @Transactional(readOnly = true)
    public Optional<WorkerView> mine() {
        Long workerId = Actors.required().workerId();
        return workerId == null ? Optional.empty() : workers.findById(workerId).map(records::view);
    }

    /**
     * Workers of the caller's subtree matching {@code query}: a whole valid national ID is looked up by
     * its hash, digits as a phone prefix (in phone order), anything else as a name prefix (case-insensitive, in
     * name order); blank lists all. Numbered pages, for pickers and the API's {@code page}; sorting by birthDate
     * or id is allowed for narrow queries. The total stops at {@link org.unionaid.shared.sql.CappedCount#CAP} + 1.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CASEWORKER','ADMIN','AUDITOR','SYSADMIN')")
    public Page<WorkerSummary> search(@Nullable String query, Pageable pageable) {
        return search.numbered(scope(), query, safePaging(pageable));
    }

    /**
     * The worker list's pages (the /workers page and the API's {@code after}/{@code before}): the same matches as
     * {@link #search}, in the mode's index order, paged by keyset — {@code cursor} is a page's
     * {@code previous} or {@code next}; blank, foreign or damaged cursors give the first page.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CASEWORKER','ADMIN','AUDITOR','SYSADMIN')")
    public Keyset.Page<WorkerSummary> browse(@Nullable String query, @Nullable String cursor, int size) {
        return search.page(scope(), query, cursor, Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
    }

    private String scope() {
        return branches.scopeOf(Actors.required().branchId()).likePattern();
    }

    /**
     * Names and branches of the given workers in one query, for a module listing its own records about them (the
     * caller's module decides who may see that list; this reveals names and branches only, never IDs or accounts).
     * Unknown ids are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, WorkerName> namesOf(java.util.Collection<Long> ids) {
        Map<Long, WorkerName> result = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        for (Object[] row : workers.namesOf(ids)) {
            long id = ((Number) row[0]).longValue();
            result.put(id, new WorkerName(id, (String) row[1], ((Number) row[2]).longValue()));
        }
        return result;
    }

    /** Whether a worker with this national ID is registered anywhere (for imports and demo data). */
    @Transactional(readOnly = true)
    public boolean isRegistered(String nationalId) {
        return workers.existsByNationalIdHash(records.hash(NationalId.of(nationalId)));
    }

    /**
     * The full national ID, for CASEWORKER, ADMIN and AUDITOR within their scope and for the worker
     * themselves; each call writes a {@code VIEW_NATIONAL_ID} audit row.
     */
    public String revealNationalId(long workerId) {
        Actor actor = Actors.required();
        Worker worker = records.loadVisible(workerId);
        boolean own = Objects.equals(actor.workerId(), workerId);
        if (!own && REVEALERS.stream().noneMatch(actor::has)) {
            throw new org.springframework.security.access.AccessDeniedException("may not see full national IDs");
        }
        audit.record(AuditEntry.of("Worker", workerId, "VIEW_NATIONAL_ID", worker.branchId())
                .withAfter(Map.of("nationalIdMasked", worker.nationalIdMasked())));
        return worker.nationalId();
    }

    /**
     * The accounts of many payees for one bank file (a disbursement batch of up to 50,000 rows): one read of the
     * registry per call, each account's read audited as {@code VIEW_BANK_ACCOUNT} with the purpose (one JDBC
     * batch). Only workers of the caller's subtree are returned; a worker outside it is absent from the map, as is one that
     * does not exist.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Map<Long, DisbursementAccount> accountsForDisbursement(Collection<Long> workerIds, String purpose) {
        Actor actor = Actors.required();
        Map<Long, DisbursementAccountReader.Account> read = accountReader.read(workerIds,
                branches.scopeOf(actor.branchId()).likePattern());
        Map<Long, DisbursementAccount> accounts = new LinkedHashMap<>();
        List<AuditEntry> entries = new ArrayList<>(read.size());
        read.forEach((id, a) -> {
            accounts.put(id, a.account());
            entries.add(AuditEntry.of("Worker", id, "VIEW_BANK_ACCOUNT", a.branchId())
                    .withAfter(Map.of("bankAccountMasked", String.valueOf(a.account().masked())))
                    .withReason(purpose));
        });
        audit.recordAll(entries);
        return accounts;
    }

    /**
     * Replaces a worker's payout account (bank name, holder, number): the worker themself, or a CASEWORKER or
     * ADMIN of the worker's subtree. Refused with the first problem's message key when the account could not be
     * paid ({@link PayoutAccountRules}). Audited with masked numbers only; publishes {@link PayoutAccountChanged}
     * in this transaction, so payouts approved for the old account return to the approval queue.
     */
    @PreAuthorize("hasAnyRole('WORKER', 'CASEWORKER', 'ADMIN')")
    public WorkerView updatePayoutAccount(long workerId, PayoutAccount account) {
        Actor actor = Actors.required();
        Worker worker = records.loadVisible(workerId);
        boolean own = Objects.equals(actor.workerId(), workerId);
        if (!own && !(actor.has(Role.CASEWORKER) || actor.has(Role.ADMIN))) {
            throw new WorkerNotFoundException(workerId);
        }
        Map<String, String> problems = PayoutAccountRules.problems(account.bankName(), account.holder(),
                account.number());
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems.values().iterator().next());
        }
        Map<String, @Nullable Object> before = accountFields(worker);
        worker.changePayoutAccount(Objects.requireNonNull(account.bankName()), Objects.requireNonNull(account.holder()),
                Objects.requireNonNull(account.number()));
        workers.flush();
        audit.record(AuditEntry.of("Worker", workerId, "CHANGE_PAYOUT_ACCOUNT", worker.branchId())
                .withBefore(before).withAfter(accountFields(worker))
                .withReason(own ? "changed by the worker" : null));
        events.publishEvent(new PayoutAccountChanged(workerId));
        return records.view(worker);
    }

    private static Map<String, @Nullable Object> accountFields(Worker w) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        map.put("bankName", w.bankName());
        map.put("bankAccountHolder", w.bankAccountHolder());
        map.put("bankAccountMasked", w.bankAccountMasked());
        map.put("payoutAccountStatus", w.payoutAccountStatus().name());
        return map;
    }

    /** Whether the current user may use {@link #revealNationalId} on this worker (for showing the button). */
    @Transactional(readOnly = true)
    public boolean mayReveal(long workerId) {
        Actor actor = Actors.required();
        return Objects.equals(actor.workerId(), workerId) || REVEALERS.stream().anyMatch(actor::has);
    }

    /** Whether the actor reads the registry as staff (rather than only their own record). */
    public static boolean isRegistryReader(Actor actor) {
        return READERS.stream().anyMatch(actor::has);
    }

    // ---- changes ---------------------------------------------------------------------------------

    /** A caseworker registers a worker in their subtree; a national ID already registered is refused. */
    @PreAuthorize("hasRole('CASEWORKER')")
    public WorkerView register(WorkerDetails details) {
        records.requireInScope(details.branchId());
        Worker worker = records.create(details);
        audit.record(AuditEntry.of("Worker", worker.id(), "CREATE", worker.branchId()).withAfter(fields(worker)));
        return records.view(worker);
    }

    /** The id of the worker with this national ID, if registered anywhere (for enrolments that match by ID). */
    @Transactional(readOnly = true)
    public Optional<Long> findIdByNationalId(String nationalId) {
        return workers.findByNationalIdHash(records.hash(NationalId.of(nationalId))).map(Worker::id);
    }

    /**
     * An employer enrolling staff in a mutual-aid plan registers a worker not yet in the registry, in the
     * employer's own branch (their organisation); a national ID already registered is refused.
     */
    @PreAuthorize("hasRole('EMPLOYER')")
    public long registerForEnrolment(WorkerDetails details) {
        records.requireInScope(details.branchId());
        Worker worker = records.create(details);
        audit.record(AuditEntry.of("Worker", worker.id(), "CREATE", worker.branchId()).withAfter(fields(worker))
                .withReason("mutual-aid enrolment by employer"));
        return worker.id();
    }

    /**
     * Ids of the registered workers among these national IDs (valid IDs, any form {@link NationalId#of} takes),
     * keyed by the normalised ID; one query however many.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> idsByNationalId(java.util.Collection<String> nationalIds) {
        Map<String, String> byHash = new java.util.HashMap<>();
        for (String id : nationalIds) {
            String value = NationalId.of(id).value();
            byHash.put(lookupHash.of(value), value);
        }
        Map<String, Long> ids = new java.util.HashMap<>();
        bulk.idsByHash(byHash.keySet()).forEach((hash, id) -> ids.put(byHash.get(hash), id));
        return ids;
    }

    /**
     * {@link #registerForEnrolment} for a whole staff list: every worker in a branch of the caller's scope, none
     * registered yet (else nothing is and {@code worker.nationalId.duplicate} is raised). One batch of inserts
     * and one of audit rows. Returns the new ids by normalised national ID.
     */
    @PreAuthorize("hasRole('EMPLOYER')")
    public Map<String, Long> registerAllForEnrolment(List<WorkerDetails> details) {
        Map<String, Long> registered = new LinkedHashMap<>();
        if (details.isEmpty()) {
            return registered;
        }
        for (Long branchId : details.stream().map(WorkerDetails::branchId).distinct().toList()) {
            records.requireInScope(branchId);
            if (!branches.get(branchId).active()) {
                throw new BusinessRuleException("branch.inactive");
            }
        }
        List<Worker> created = new java.util.ArrayList<>(details.size());
        for (WorkerDetails d : details) {
            NationalId nationalId = NationalId.of(Objects.requireNonNull(d.nationalId(), "national ID"));
            created.add(new Worker(nationalId, records.hash(nationalId), d));
        }
        if (!bulk.idsByHash(created.stream().map(Worker::nationalIdHash).toList()).isEmpty()) {
            throw new BusinessRuleException("worker.nationalId.duplicate");
        }
        List<Long> ids = bulk.insert(created);
        List<AuditEntry> entries = new java.util.ArrayList<>(created.size());
        for (int i = 0; i < created.size(); i++) {
            Worker w = created.get(i);
            registered.put(w.nationalId(), ids.get(i));
            entries.add(AuditEntry.of("Worker", ids.get(i), "CREATE", w.branchId()).withAfter(fields(w))
                    .withReason("mutual-aid enrolment by employer"));
        }
        audit.recordAll(entries);
        return registered;
    }

    @PreAuthorize("hasRole('CASEWORKER')")
    public WorkerView update(long id, long expectedVersion, WorkerDetails details) {
        Worker worker = records.loadVisible(id);
        WorkerRecords.checkVersion(worker.version(), expectedVersion, Worker.class, id);
        records.requireInScope(details.branchId());
        Map<String, @Nullable Object> before = fields(worker);
        NationalId nationalId = WorkerRecords.memberOrWorkerId(details.nationalId());
        if (nationalId != null && !nationalId.value().equals(worker.nationalId())) {
            String hash = records.hash(nationalId);
            if (workers.existsByNationalIdHash(hash)) {
                throw new BusinessRuleException("worker.nationalId.duplicate");
            }
            worker.changeNationalId(nationalId, hash);
        }
        String oldName = worker.name();
        worker.apply(details);
        workers.flush();
        Map<String, @Nullable Object> after = fields(worker);
        audit.record(AuditEntry.of("Worker", id, "UPDATE", worker.branchId())
                .withBefore(changed(before, after)).withAfter(changed(after, before)));
        if (!oldName.equals(worker.name())) {
            // modules that keep the name for sorting update their copy in this transaction
            events.publishEvent(new WorkerRenamed(id, oldName, worker.name()));
        }
        return records.view(worker);
    }

    // ---- internals -------------------------------------------------------------------------------

    private static Pageable safePaging(Pageable pageable) {
        Sort sort = Sort.by(pageable.getSort().stream().filter(o -> SORTABLE.contains(o.getProperty())).toList());
        if (sort.isUnsorted()) {
            sort = Sort.by("name");
        }
        sort = sort.and(Sort.by("id"));
        int size = Math.min(Math.max(pageable.getPageSize(), 1), MAX_PAGE_SIZE);
        return PageRequest.of(pageable.getPageNumber(), size, sort);
    }

}
