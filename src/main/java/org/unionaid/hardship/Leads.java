package org.unionaid.hardship;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.documents.Documents;
import org.unionaid.documents.DocumentView;
import org.unionaid.documents.StoreDocument;
import org.unionaid.hardship.domain.Lead;
import org.unionaid.hardship.domain.LeadRepository;
import org.unionaid.hardship.domain.VerificationVisit;
import org.unionaid.hardship.domain.VerificationVisitRepository;
import org.unionaid.notifications.Notice;
import org.unionaid.people.HouseholdDetails;
import org.unionaid.people.Households;
import org.unionaid.people.People;
import org.unionaid.people.WorkerDetails;
import org.unionaid.people.WorkerView;
import org.unionaid.notifications.Notifications;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.NationalId;
import org.unionaid.shared.crypto.LookupHash;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Resource;
import org.unionaid.shared.security.Role;
import org.unionaid.users.Users;
import org.unionaid.users.UserSummary;

/**
 * Screening leads (摸排线索); their verification visits (入户核实) are in {@link Visits}. Volunteers and
 * caseworkers report leads, workers apply for themselves; a lead whose person (by national ID or registry
 * record, {@link LeadDuplicates}) already has an open lead or an active file is stored but flagged as a
 * duplicate. Staff see the leads of their branch subtree; a volunteer sees what they reported and a worker
 * their own application ({@link LeadRecords}). Every change is audited.
 */
@Service
@Transactional
public class Leads {

    static final String OWNER_LEAD = "LEAD";
    static final String OWNER_VISIT = "VISIT";

    private final LeadRepository leads;
    private final VerificationVisitRepository visits;
    private final Branches branches;
    private final Users users;
    private final Documents documents;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final LookupHash lookupHash;
    private final LeadDuplicates duplicates;
    private final People people;
    private final Households households;
    private final LeadSearch search;
    private final LeadRecords records;

    Leads(LeadRepository leads, VerificationVisitRepository visits, Branches branches, Users users,
          Documents documents, Notifications notifications, AuditTrail audit, LookupHash lookupHash,
          LeadDuplicates duplicates, People people, Households households, LeadSearch search, LeadRecords records) {
        this.leads = leads;
        this.visits = visits;
        this.branches = branches;
        this.users = users;
        this.documents = documents;
        this.notifications = notifications;
        this.audit = audit;
        this.lookupHash = lookupHash;
        this.duplicates = duplicates;
        this.people = people;
        this.households = households;
        this.search = search;
        this.records = records;
    }

    /**
     * Records a lead with its photos. A volunteer or caseworker reports within their own branch subtree;
     * a worker applies only for themselves (source SELF_APPLICATION). Bad photos refuse the whole report
     * before anything is stored.
     */
    @PreAuthorize("hasAnyRole('VOLUNTEER', 'CASEWORKER', 'WORKER')")
    public LeadView report(ReportLead command, List<Upload> photos) {
        return report(command, photos, sourceFor(Actors.required(), command));
    }

    /**
     * Imports a validated screening list, one lead per row, all or nothing: a row refused by a rule
     * rolls back every row and names the row ({@link ImportRowException}).
     */
    @PreAuthorize("hasRole('CASEWORKER')")
    public List<LeadView> importScreeningList(List<ReportLead> rows) {
        List<LeadView> imported = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ReportLead row = rows.get(i);
            try {
                sourceFor(Actors.required(), row);
                imported.add(report(row, List.of(), LeadSource.IMPORT));
            } catch (BusinessRuleException e) {
                throw new ImportRowException(i, e);
            }
        }
        return imported;
    }

    private LeadView report(ReportLead command, List<Upload> photos, LeadSource source) {
        Actor actor = Actors.required();
        if (!branches.get(command.branchId()).active()) {
            throw new BusinessRuleException("branch.inactive");
        }
        photos.forEach(p -> documents.check(p.bytes(), p.originalName()));
        NationalId nationalId = command.nationalId() == null || command.nationalId().isBlank() ? null
                : NationalId.of(command.nationalId());
        String hash = nationalId == null ? null : lookupHash.of(nationalId.value());
        Lead lead = new Lead(command.branchId(), source, command.personName(), nationalId, hash, command.phone(),
                command.address(), command.situation(), actor.id(), command.reporterContact(), command.workerId());
        duplicates.find(hash, command.workerId()).ifPresent(found -> lead.flagDuplicate(found.reason(), found.leadId()));
        leads.saveAndFlush(lead);
        for (Upload photo : photos) {
            documents.store(new StoreDocument(OWNER_LEAD, lead.id(), lead.branchId(), lead.workerId(), photo.kind(),
                    photo.originalName(), photo.bytes()));
        }
        LeadView view = lead.toView();
        audit.record(AuditEntry.of("Lead", view.id(), "REPORT", view.branchId())
                .withAfter(Map.of("source", source, "state", view.state(), "person", view.personName(),
                        "nationalId", String.valueOf(view.nationalIdMasked()),
                        "duplicate", String.valueOf(view.duplicateReason()), "photos", photos.size())));
        return view;
    }

    /**
     * A worker applies for their own household: the lead takes their name, branch and contact from the
     * registry. One open application at a time.
     */
    @PreAuthorize("hasRole('WORKER')")
    public LeadView applyForMyself(String situation, List<Upload> photos) {
        WorkerView me = people.mine().orElseThrow(() -> new BusinessRuleException("lead.selfApplication.noRecord"));
        if (!leads.findOpenByWorker(me.id()).isEmpty()) {
            throw new BusinessRuleException("lead.selfApplication.alreadyOpen");
        }
        return report(new ReportLead(me.branch().id(), me.name(), null, me.phone(), me.address(), situation, null,
                me.id()), photos);
    }

    private LeadSource sourceFor(Actor actor, ReportLead command) {
        if (actor.has(Role.CASEWORKER) || actor.has(Role.VOLUNTEER)) {
            if (!branches.covers(actor.branchId(), command.branchId())) {
                throw new BusinessRuleException("lead.branch.outOfScope");
            }
            return actor.has(Role.CASEWORKER) ? LeadSource.CASEWORKER : LeadSource.VOLUNTEER;
        }
        if (actor.workerId() == null || !actor.workerId().equals(command.workerId())) {
            throw new BusinessRuleException("lead.selfApplication.ownOnly");
        }
        return LeadSource.SELF_APPLICATION;
    }

    /** A lead the current user may see, else {@link LeadNotFoundException}. */
    @Transactional(readOnly = true)
    public LeadView get(long id) {
        return records.load(id).toView();
    }

    /**
     * Whether the caller sees the whole lead (CASEWORKER, ADMIN, AUDITOR of its scope) rather than only its
     * state (the volunteer who reported it, the worker concerned).
     */
    @Transactional(readOnly = true)
    public boolean maySeeInternals(long id) {
        records.load(id);
        return Resource.LEAD.readsAsStaff(Actors.required());
    }

    /**
     * The leads of the caller's subtree (or of a branch in it) matching the filter, newest first; the total
     * stops at {@link org.unionaid.shared.sql.CappedCount#CAP} + 1 (then it means "more than the cap").
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR')")
    @Transactional(readOnly = true)
    public Page<LeadView> search(LeadFilter filter, Pageable pageable) {
        Actor actor = Actors.required();
        String pattern = branches.scopeOf(actor.branchId()).likePattern();
        if (filter.branchId() != null) {
            if (!branches.covers(actor.branchId(), filter.branchId())) {
                throw new BusinessRuleException("lead.branch.outOfScope");
            }
            pattern = branches.scopeOf(filter.branchId()).likePattern();
        }
        return search.find(pattern, filter, pageable).map(Lead::toView);
    }

    /**
     * The open leads (NEW, ASSIGNED, VERIFYING) of the caller's branch subtree per state, from the summary kept
     * in the same transaction as every lead change; every open state is present, with 0 when there is none.
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR')")
    @Transactional(readOnly = true)
    public Map<LeadState, Long> openCountByState() {
        Map<LeadState, Long> result = new EnumMap<>(LeadState.class);
        for (LeadState state : LeadState.values()) {
            if (state.isOpen()) {
                result.put(state, 0L);
            }
        }
        for (Object[] row : leads.countOpenByState(branches.scopeOf(Actors.required().branchId()).likePattern())) {
            result.put(LeadState.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return result;
    }

    /** What a volunteer reported, or a worker's own applications, newest first. */
    @Transactional(readOnly = true)
    public List<LeadView> mine() {
        Actor actor = Actors.required();
        return leads.findReportedByOrConcerning(actor.id(), actor.workerId() == null ? -1L : actor.workerId())
                .stream().map(Lead::toView).toList();
    }

    /** Caseworkers who may be given a lead: they must be able to see its branch. */
    @Transactional(readOnly = true)
    public List<UserSummary> assignableCaseworkers(long leadId) {
        Lead lead = records.load(leadId);
        return users.withRoleInScope(Actors.required().branchId(), Role.CASEWORKER).stream()
                .filter(u -> branches.covers(u.branchId(), lead.branchId()))
                .toList();
    }

    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN')")
    public LeadView assign(long id, long caseworkerUserId) {
        Lead lead = records.loadForStaff(id);
        UserSummary assignee = users.find(caseworkerUserId)
                .filter(u -> u.enabled() && u.roles().contains(Role.CASEWORKER))
                .filter(u -> branches.covers(u.branchId(), lead.branchId()))
                .orElseThrow(() -> new BusinessRuleException("lead.assign.notACaseworkerForBranch"));
        LeadState before = lead.state();
        Long previous = lead.assignedToUserId();
        lead.assignTo(assignee.id());
        leads.flush();
        audit.record(AuditEntry.of("Lead", id, "ASSIGN", lead.branchId())
                .withBefore(Map.of("state", before, "assignedTo", String.valueOf(previous)))
                .withAfter(Map.of("state", lead.state(), "assignedTo", assignee.id())));
        notifications.notify(new Notice(assignee.id(), "LEAD_ASSIGNED", "lead.notification.assigned",
                List.of(lead.toView().personName()), "/leads/" + id, true));
        records.notifyApplicant(lead);
        return lead.toView();
    }

    /**
     * The name of the account that reported the lead, for the case staff who may call the reporter back (with the
     * contact the reporter left); null when the account is gone. Staff of the lead's scope only.
     */
    @Transactional(readOnly = true)
    public @Nullable String reporterName(long id) {
        Lead lead = records.loadForStaff(id);
        Long reporter = lead.reporterUserId();
        return reporter == null ? null : users.find(reporter).map(UserSummary::displayName).orElse(null);
    }

    @Transactional(readOnly = true)
    public List<DocumentView> photos(long leadId) {
        records.load(leadId);
        return documents.listFor(OWNER_LEAD, leadId);
    }

    /**
     * Whether the current user may open a document of a lead or of one of its visits: the lead's photos
     * and the visit documents inherit the lead's case access (CASEWORKER, ADMIN, AUDITOR of its scope);
     * the worker concerned also opens the photos of their own lead. Anyone else: false.
     */
    @Transactional(readOnly = true)
    boolean mayOpenDocumentOf(String ownerType, long ownerId) {
        Long leadId = OWNER_VISIT.equals(ownerType)
                ? visits.findById(ownerId).map(VerificationVisit::leadId).orElse(null) : Long.valueOf(ownerId);
        Lead lead = leadId == null ? null : leads.findById(leadId).orElse(null);
        if (lead == null) {
            return false;
        }
        Actor actor = Actors.required();
        if (Resource.LEAD.readsAsStaff(actor) && branches.covers(actor.branchId(), lead.branchId())) {
            return true;
        }
        return OWNER_LEAD.equals(ownerType) && actor.workerId() != null && actor.workerId().equals(lead.workerId());
    }

    /**
     * Registers the person of a verified lead in the people registry (or finds them there by national ID)
     * and links the lead to the record; the household income of the latest visit goes to the household,
     * so filing computes from what the visit found.
     */
    @PreAuthorize("hasRole('CASEWORKER')")
    public LeadView registerWorker(long id, RegisterFromLead command) {
        Lead lead = records.loadForStaff(id);
        if (lead.state() != LeadState.VERIFYING) {
            throw new BusinessRuleException("lead.transition.illegal",
                    new org.springframework.context.support.DefaultMessageSourceResolvable("LeadState." + lead.state()),
                    new org.springframework.context.support.DefaultMessageSourceResolvable("lead.action.register"));
        }
        String nationalId = command.nationalId() != null && !command.nationalId().isBlank() ? command.nationalId()
                : lead.nationalId();
        if (nationalId == null) {
            throw new BusinessRuleException("lead.register.nationalIdRequired");
        }
        NationalId parsed = NationalId.of(nationalId);
        long workerId;
        boolean created;
        var existing = people.search(parsed.value(), org.springframework.data.domain.PageRequest.of(0, 1));
        if (!existing.isEmpty()) {
            workerId = existing.getContent().get(0).id();
            created = false;
        } else if (people.isRegistered(parsed.value())) {
            throw new BusinessRuleException("lead.register.registeredElsewhere");
        } else {
            workerId = people.register(new WorkerDetails(parsed.value(), command.name(), command.phone(),
                    command.address(), command.employerName(), lead.branchId(), command.unionMemberSince(),
                    command.employmentForm(), command.socialInsuranceMonths(), null, command.workerType())).id();
            created = true;
        }
        List<VerificationVisit> found = visits.findByLead(id);
        if (created && !found.isEmpty()) {
            VisitView latest = found.get(0).toView(List.of());
            households.updateHousehold(workerId, new HouseholdDetails(command.address(),
                    latest.annualDisposableIncome(), latest.rigidExpenditure()));
        }
        lead.linkWorker(workerId);
        leads.flush();
        audit.record(AuditEntry.of("Lead", id, "LINK_WORKER", lead.branchId())
                .withAfter(Map.of("workerId", workerId, "createdInRegistry", created)));
        return lead.toView();
    }

    /** What the caseworker confirms when registering a lead's person; the ID may come from the lead. */
    public record RegisterFromLead(@Nullable String nationalId, String name, @Nullable String phone,
                                   @Nullable String address, @Nullable String employerName,
                                   org.unionaid.people.EmploymentType employmentForm,
                                   org.unionaid.people.WorkerType workerType,
                                   java.time.@Nullable LocalDate unionMemberSince, int socialInsuranceMonths) {
    }

    /** The reported details, to prefill the registration form. */
    @Transactional(readOnly = true)
    public RegisterFromLead registrationDraft(long id) {
        Lead lead = records.loadForStaff(id);
        return new RegisterFromLead(null, lead.personName(), lead.phone(), lead.address(), null,
                org.unionaid.people.EmploymentType.CONTRACT, org.unionaid.people.WorkerType.URBAN, null, 0);
    }

    @PreAuthorize("hasRole('CASEWORKER')")
    public LeadView refer(long id, String note) {
        return close(id, "REFER", note, lead -> lead.refer(note));
    }

    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN')")
    public LeadView dismiss(long id, String reason) {
        return close(id, "DISMISS", reason, lead -> lead.dismiss(reason));
    }

    /** Called when a hardship file is opened from the lead (VERIFYING → FILED). */
    @PreAuthorize("hasRole('CASEWORKER')")
    public LeadView markFiled(long id, long hardshipFileId) {
        return close(id, "FILE", null, lead -> lead.markFiled(hardshipFileId));
    }

    private LeadView close(long id, String action, @Nullable String why, java.util.function.Consumer<Lead> change) {
        Lead lead = records.loadForStaff(id);
        LeadState before = lead.state();
        change.accept(lead);
        leads.flush();
        audit.record(AuditEntry.of("Lead", id, action, lead.branchId())
                .withBefore(Map.of("state", before)).withAfter(Map.of("state", lead.state())).withReason(why));
        records.notifyApplicant(lead);
        return lead.toView();
    }
}
