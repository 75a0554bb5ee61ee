package org.unionaid.hardship;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
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
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Resource;

/**
 * The verification visits (入户核实) of leads: a caseworker of the lead's scope records a visit with its photos and
 * documents (the lead moves to VERIFYING), case staff of the scope read them, and filing compares the registry
 * household with the latest visit. The lead is loaded as {@link Leads} loads it; every visit is audited on the lead.
 */
@Service
@Transactional
public class Visits {

    private final VerificationVisitRepository visits;
    private final LeadRepository leads;
    private final Branches branches;
    private final Documents documents;
    private final AuditTrail audit;
    private final LeadRecords records;

    Visits(VerificationVisitRepository visits, LeadRepository leads, Branches branches, Documents documents,
           AuditTrail audit, LeadRecords records) {
        this.visits = visits;
        this.leads = leads;
        this.branches = branches;
        this.documents = documents;
        this.audit = audit;
        this.records = records;
    }

    /**
     * Records a verification visit with its photos and documents (the signed consent among them). All
     * files are checked before anything is stored; the lead moves to VERIFYING.
     */
    @PreAuthorize("hasRole('CASEWORKER')")
    public VisitView record(long leadId, VisitRecord record, List<Upload> uploads) {
        Lead lead = records.loadForStaff(leadId);
        List<String> visitors = record.visitors().stream().map(String::strip).filter(v -> !v.isEmpty())
                .distinct().toList();
        if (visitors.size() < 2) {
            throw new BusinessRuleException("visit.visitors.atLeastTwo");
        }
        uploads.forEach(u -> documents.check(u.bytes(), u.originalName()));
        LeadState before = lead.state();
        lead.startVerification();
        VerificationVisit visit = visits.saveAndFlush(new VerificationVisit(leadId, new VisitRecord(
                record.visitDate(), visitors, record.findings(), record.householdSize(),
                record.annualDisposableIncome(), record.rigidExpenditure(), record.annualHardshipCosts(),
                record.assets(), record.consentSigned()), Actors.currentName()));
        List<DocumentView> stored = new ArrayList<>();
        for (Upload upload : uploads) {
            stored.add(documents.store(new StoreDocument(Leads.OWNER_VISIT, visit.id(), lead.branchId(),
                    lead.workerId(), upload.kind(), upload.originalName(), upload.bytes())));
        }
        VisitView view = visit.toView(stored);
        audit.record(AuditEntry.of("Lead", leadId, "VISIT", lead.branchId())
                .withBefore(Map.of("state", before))
                .withAfter(Map.of("state", lead.state(), "visitId", view.id(), "visitDate",
                        view.visitDate().toString(), "perCapitaMonthlyIncome", view.perCapitaMonthlyIncome(),
                        "documents", stored.size())));
        if (before != lead.state()) {
            records.notifyApplicant(lead);
        }
        return view;
    }

    /** The lead's visits, newest first, with their documents. Staff of the lead's scope only. */
    @Transactional(readOnly = true)
    public List<VisitView> ofLead(long leadId) {
        records.loadForStaff(leadId);
        return visits.findByLead(leadId).stream()
                .map(v -> v.toView(documents.listFor(Leads.OWNER_VISIT, v.id()))).toList();
    }

    /**
     * The latest verification visit of the lead a file is opened from (it must concern the worker), or else of
     * the worker's open lead; empty when there is none. Staff of the lead's scope only.
     */
    @Transactional(readOnly = true)
    public Optional<VisitView> latest(@Nullable Long leadId, long workerId) {
        Lead lead;
        if (leadId != null) {
            lead = records.loadForStaff(leadId);
            if (!Objects.equals(lead.workerId(), workerId)) {
                throw new BusinessRuleException("hardshipFile.lead.otherWorker");
            }
        } else {
            Actor actor = Actors.required();
            // the newest open lead of the worker that the caller works (one of another scope is not theirs)
            List<Lead> open = leads.findOpenByWorker(workerId).stream()
                    .filter(l -> Resource.LEAD.readsAsStaff(actor) && branches.covers(actor.branchId(), l.branchId()))
                    .toList();
            if (open.isEmpty()) {
                return Optional.empty();
            }
            lead = open.get(open.size() - 1);
        }
        return visits.findByLead(lead.id()).stream().findFirst().map(v -> v.toView(List.of()));
    }
}
