package org.unionaid.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.unionaid.branches.Branches;
import org.unionaid.people.domain.Household;
import org.unionaid.people.domain.HouseholdMember;
import org.unionaid.people.domain.HouseholdRepository;
import org.unionaid.people.domain.Worker;
import org.unionaid.people.domain.WorkerRepository;
import org.unionaid.branches.BranchView;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.NationalId;
import org.unionaid.shared.crypto.LookupHash;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;

/**
 * What {@link People} and {@link Households} share, in the caller's transaction: loading a worker the caller may
 * see (their own record, or staff of the worker's subtree; otherwise {@link WorkerNotFoundException}, whether it
 * exists or not), the scope check of a branch, the keyed hash of a national ID, the views of workers, households
 * and members (masked values only), and the helpers of their audit rows.
 */
@Component
class WorkerRecords {

    private final WorkerRepository workers;
    private final HouseholdRepository households;
    private final Branches branches;
    private final LookupHash lookupHash;
    private final Clock clock;

    WorkerRecords(WorkerRepository workers, HouseholdRepository households, Branches branches, LookupHash lookupHash,
                  Clock clock) {
        this.workers = workers;
        this.households = households;
        this.branches = branches;
        this.lookupHash = lookupHash;
        this.clock = clock;
    }

    Worker loadVisible(long id) {
        Actor actor = Actors.required();
        Worker worker = workers.findById(id).orElseThrow(() -> new WorkerNotFoundException(id));
        boolean own = Objects.equals(actor.workerId(), id);
        boolean staffInScope = People.isRegistryReader(actor)
                && branches.covers(actor.branchId(), worker.branchId());
        if (!own && !staffInScope) {
            throw new WorkerNotFoundException(id);
        }
        return worker;
    }

    void requireInScope(long branchId) {
        if (!branches.covers(Actors.required().branchId(), branchId)) {
            throw new BusinessRuleException("worker.branch.outOfScope");
        }
    }

    static @Nullable NationalId memberOrWorkerId(@Nullable String text) {
        return text == null || text.isBlank() ? null : NationalId.of(text);
    }

    String hash(NationalId id) {
        return lookupHash.of(id.value());
    }

    static void checkVersion(long actual, long expected, Class<?> type, long id) {
        if (actual != expected) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

    WorkerView view(Worker w) {
        Household household = households.findByPrimaryWorkerId(w.id()).orElse(null);
        return new WorkerView(w.id(), w.name(), w.nationalIdMasked(), w.sex(), w.birthDate(), w.phone(), w.address(),
                w.employerName(), branches.get(w.branchId()), w.unionMemberSince(), w.employmentForm(),
                w.socialInsuranceMonths(), w.bankAccountMasked(), w.bankName(), w.bankAccountHolder(),
                w.payoutAccountStatus(), w.workerType(), w.version(),
                household == null ? new HouseholdView(null, null, null, null, 1, null, List.of())
                        : householdView(household));
    }

    HouseholdView householdView(Household h) {
        return new HouseholdView(h.id(), h.address(), h.annualDisposableIncome(), h.rigidExpenditure(), h.size(),
                h.perCapitaMonthlyIncome(), h.members().stream().map(this::memberView).toList());
    }

    HouseholdMemberView memberView(HouseholdMember m) {
        return new HouseholdMemberView(m.id(), m.name(), m.relation(), m.birthDate(), m.ageOn(LocalDate.now(clock)),
                m.health(), m.disabilityGrade(), m.schoolStage(), m.employment(), m.monthlyIncome(),
                m.nationalIdMasked(), m.version());
    }

    /** The entries of {@code values} that differ in {@code other}. */
    static Map<String, @Nullable Object> changed(Map<String, @Nullable Object> values,
                                                         Map<String, @Nullable Object> other) {
        Map<String, @Nullable Object> result = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (!Objects.equals(String.valueOf(v), String.valueOf(other.get(k)))) {
                result.put(k, v);
            }
        });
        return result;
    }

    /** A new worker in an active branch; a national ID already registered is refused. */
    Worker create(WorkerDetails details) {
        NationalId nationalId = NationalId.of(Objects.requireNonNull(details.nationalId(), "national ID"));
        String hash = hash(nationalId);
        if (workers.existsByNationalIdHash(hash)) {
            throw new BusinessRuleException("worker.nationalId.duplicate");
        }
        BranchView branch = branches.get(details.branchId());
        if (!branch.active()) {
            throw new BusinessRuleException("branch.inactive");
        }
        return workers.saveAndFlush(new Worker(nationalId, hash, details));
    }

    /** Audited fields of a worker: masked ID and bank account only, never the plain values. */
    static Map<String, @Nullable Object> fields(Worker w) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        map.put("name", w.name());
        map.put("nationalIdMasked", w.nationalIdMasked());
        map.put("phone", w.phone());
        map.put("address", w.address());
        map.put("employerName", w.employerName());
        map.put("branchId", w.branchId());
        map.put("unionMemberSince", w.unionMemberSince() == null ? null : w.unionMemberSince().toString());
        map.put("employmentForm", w.employmentForm());
        map.put("socialInsuranceMonths", w.socialInsuranceMonths());
        map.put("bankAccountMasked", w.bankAccountMasked());
        map.put("workerType", w.workerType());
        return map;
    }
}
