package org.unionaid.people;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.people.domain.Household;
import org.unionaid.people.domain.HouseholdMember;
import org.unionaid.people.domain.HouseholdRepository;
import org.unionaid.people.domain.Worker;
import org.unionaid.shared.NationalId;
import org.unionaid.shared.RecordNotFoundException;

/**
 * A worker's household in the registry: its address, income and rigid expenditure, and its members (added,
 * edited, removed). The worker is loaded as {@link People} loads it (own record, or staff of the worker's subtree;
 * otherwise {@link WorkerNotFoundException}); only CASEWORKERs change a household. Every change is audited in the
 * same transaction, with masked national IDs only.
 */
@Service
@Transactional
public class Households {

    private final HouseholdRepository households;
    private final AuditTrail audit;
    private final WorkerRecords records;

    Households(HouseholdRepository households, AuditTrail audit, WorkerRecords records) {
        this.households = households;
        this.audit = audit;
        this.records = records;
    }

    /** Records the household's address, income and rigid expenditure (creating the household if needed). */
    @PreAuthorize("hasRole('CASEWORKER')")
    public HouseholdView updateHousehold(long workerId, HouseholdDetails details) {
        Worker worker = records.loadVisible(workerId);
        Household household = householdOf(workerId);
        Map<String, @Nullable Object> before = householdFields(household);
        household.apply(details);
        households.flush();
        audit.record(AuditEntry.of("Household", household.id(), "UPDATE", worker.branchId())
                .withBefore(before).withAfter(householdFields(household)));
        return records.householdView(household);
    }

    @PreAuthorize("hasRole('CASEWORKER')")
    public HouseholdMemberView addMember(long workerId, MemberDetails details) {
        Worker worker = records.loadVisible(workerId);
        return records.memberView(add(worker, householdOf(workerId), details, null));
    }

    @PreAuthorize("hasRole('CASEWORKER')")
    public HouseholdMemberView updateMember(long workerId, long memberId, long expectedVersion, MemberDetails details) {
        Worker worker = records.loadVisible(workerId);
        HouseholdMember member = memberOf(workerId, memberId);
        WorkerRecords.checkVersion(member.version(), expectedVersion, HouseholdMember.class, memberId);
        return records.memberView(update(worker, member, details, null));
    }

    /** Adds a member, audited ({@code reason}: how it came, e.g. a worker's own change); shared with {@link HouseholdChanges}. */
    HouseholdMember add(Worker worker, Household household, MemberDetails details, @Nullable String reason) {
        NationalId id = WorkerRecords.memberOrWorkerId(details.nationalId());
        HouseholdMember member = household.add(new HouseholdMember(details, id, id == null ? null : records.hash(id)));
        households.flush();
        audit.record(AuditEntry.of("HouseholdMember", member.id(), "ADD", worker.branchId())
                .withAfter(memberFields(member, worker.id())).withReason(reason));
        return member;
    }

    /** Changes a member, audited with the changed fields; shared with {@link HouseholdChanges}. */
    HouseholdMember update(Worker worker, HouseholdMember member, MemberDetails details, @Nullable String reason) {
        Map<String, @Nullable Object> before = memberFields(member, worker.id());
        NationalId id = WorkerRecords.memberOrWorkerId(details.nationalId());
        member.apply(details);
        if (id != null) {
            member.changeNationalId(id, records.hash(id));
        }
        households.flush();
        Map<String, @Nullable Object> after = memberFields(member, worker.id());
        audit.record(AuditEntry.of("HouseholdMember", member.id(), "UPDATE", worker.branchId())
                .withBefore(WorkerRecords.changed(before, after)).withAfter(WorkerRecords.changed(after, before))
                .withReason(reason));
        return member;
    }

    @PreAuthorize("hasRole('CASEWORKER')")
    public void removeMember(long workerId, long memberId) {
        Worker worker = records.loadVisible(workerId);
        Household household = householdOf(workerId);
        HouseholdMember member = household.member(memberId)
                .orElseThrow(() -> new RecordNotFoundException("HouseholdMember", memberId));
        Map<String, @Nullable Object> before = memberFields(member, workerId);
        household.remove(member);
        audit.record(AuditEntry.of("HouseholdMember", memberId, "REMOVE", worker.branchId()).withBefore(before));
    }

    /** A member of the worker's household, for the edit form. */
    @Transactional(readOnly = true)
    public HouseholdMemberView member(long workerId, long memberId) {
        records.loadVisible(workerId);
        return records.memberView(memberOf(workerId, memberId));
    }

    java.util.Optional<Household> existingHouseholdOf(long workerId) {
        return households.findByPrimaryWorkerId(workerId);
    }

    /** Member id → name, for the household change lists. */
    Map<Long, String> memberNames(java.util.Collection<Long> memberIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        households.memberNames(memberIds).forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }

    Household householdOf(long workerId) {
        return households.findByPrimaryWorkerId(workerId)
                .orElseGet(() -> households.saveAndFlush(new Household(workerId)));
    }

    HouseholdMember memberOf(long workerId, long memberId) {
        return households.findByPrimaryWorkerId(workerId).flatMap(h -> h.member(memberId))
                .orElseThrow(() -> new RecordNotFoundException("HouseholdMember", memberId));
    }

    private static Map<String, @Nullable Object> householdFields(Household h) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        map.put("workerId", h.primaryWorkerId());
        map.put("address", h.address());
        map.put("annualDisposableIncome", h.annualDisposableIncome());
        map.put("rigidExpenditure", h.rigidExpenditure());
        return map;
    }

    private static Map<String, @Nullable Object> memberFields(HouseholdMember m, long workerId) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        map.put("workerId", workerId);
        map.put("name", m.name());
        map.put("relation", m.relation());
        map.put("nationalIdMasked", m.nationalIdMasked());
        map.put("birthDate", m.birthDate() == null ? null : m.birthDate().toString());
        map.put("health", m.health());
        map.put("disabilityGrade", m.disabilityGrade());
        map.put("schoolStage", m.schoolStage());
        map.put("employment", m.employment());
        map.put("monthlyIncome", m.monthlyIncome());
        return map;
    }
}
