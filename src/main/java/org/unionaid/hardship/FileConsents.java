package org.unionaid.hardship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.documents.DocumentKind;
import org.unionaid.documents.DocumentView;
import org.unionaid.documents.Documents;
import org.unionaid.documents.StoreDocument;
import org.unionaid.hardship.domain.FileConsent;
import org.unionaid.hardship.domain.FileConsentRepository;
import org.unionaid.hardship.domain.HardshipFile;
import org.unionaid.hardship.domain.VerificationVisit;
import org.unionaid.hardship.domain.VerificationVisitRepository;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actors;

/**
 * The means-test authorisation (家庭经济状况核对授权书) a household signs before it is filed. A file counts as
 * authorised while its newest consent — uploaded onto the file with the day it was signed, or a CONSENT document of
 * the lead it came from (signed on the day of upload) or of that lead's verification visits (signed on the visit
 * day) — is at most {@code unionaid.hardship.consent-valid-months} old. Submitting for review, starting the public
 * notice and a review that continues the file are refused without one ({@link #requireValid}).
 */
@Service
@Transactional
public class FileConsents {

    static final String OWNER_FILE = "HARDSHIP_FILE";

    private final FileConsentRepository consents;
    private final HardshipFileRecords records;
    private final VerificationVisitRepository visits;
    private final Documents documents;
    private final AuditTrail audit;
    private final Clock clock;
    private final int validMonths;

    FileConsents(FileConsentRepository consents, HardshipFileRecords records, VerificationVisitRepository visits,
                 Documents documents, AuditTrail audit, Clock clock, HardshipProperties properties) {
        this.consents = consents;
        this.records = records;
        this.visits = visits;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
        this.validMonths = properties.consentValidMonths();
    }

    /** The file's consent as it stands today (staff readers of the file's subtree). */
    @Transactional(readOnly = true)
    @PreAuthorize(HardshipFiles.READERS)
    public ConsentView of(long fileId) {
        return of(records.loadVisible(fileId));
    }

    /**
     * Uploads a signed authorisation onto the file (a CONSENT document owned by the file) with the day it was
     * signed, which may not lie in the future. Audited on the file.
     */
    @PreAuthorize("hasRole('CASEWORKER')")
    public ConsentView record(long fileId, LocalDate signedOn, Upload upload) {
        HardshipFile file = records.loadVisible(fileId);
        if (!file.state().open()) {
            throw new BusinessRuleException("hardshipFile.consent.fileClosed", file.state());
        }
        if (signedOn.isAfter(records.today())) {
            throw new BusinessRuleException("hardshipFile.consent.future");
        }
        DocumentView document = documents.store(new StoreDocument(OWNER_FILE, file.id(), file.branchId(),
                file.primaryWorkerId(), DocumentKind.CONSENT, upload.originalName(), upload.bytes()));
        consents.saveAndFlush(new FileConsent(file.id(), document.id(), signedOn, Actors.currentName(),
                clock.instant()));
        audit.record(AuditEntry.of(HardshipFiles.ENTITY, file.id(), "CONSENT", file.branchId())
                .withAfter(Map.of("documentId", document.id(), "signedOn", signedOn.toString())));
        return of(file);
    }

    /** Refuses when the file has no valid consent today: missing, or signed too long ago (with the dates). */
    void requireValid(HardshipFile file) {
        ConsentView consent = of(file);
        if (consent.state() == ConsentView.State.MISSING) {
            throw new BusinessRuleException("hardshipFile.consent.missing");
        }
        if (consent.state() == ConsentView.State.EXPIRED) {
            throw new BusinessRuleException("hardshipFile.consent.expired", String.valueOf(consent.signedOn()),
                    String.valueOf(consent.validUntil()));
        }
    }

    ConsentView of(HardshipFile file) {
        record Found(LocalDate signedOn, long documentId, String name, String source) {
        }
        List<Found> found = new ArrayList<>();
        List<FileConsent> onFile = consents.findByFileIdOrderBySignedOnDescIdDesc(file.id());
        Map<Long, DocumentView> fileDocuments = new java.util.HashMap<>();
        documents.listFor(OWNER_FILE, file.id()).forEach(d -> fileDocuments.put(d.id(), d));
        for (FileConsent consent : onFile) {
            DocumentView document = fileDocuments.get(consent.documentId());
            found.add(new Found(consent.signedOn(), consent.documentId(),
                    document == null ? "" : document.originalName(), OWNER_FILE));
        }
        Long leadId = file.leadId();
        if (leadId != null) {
            for (DocumentView d : documents.listFor(Leads.OWNER_LEAD, leadId)) {
                if (d.kind() == DocumentKind.CONSENT) {
                    found.add(new Found(LocalDate.ofInstant(d.uploadedAt(), clock.getZone()), d.id(),
                            d.originalName(), Leads.OWNER_LEAD));
                }
            }
            List<VerificationVisit> leadVisits = visits.findByLead(leadId);
            Map<Long, LocalDate> visitDays = new java.util.HashMap<>();
            leadVisits.forEach(v -> visitDays.put(v.id(), v.toView(List.of()).visitDate()));
            for (DocumentView d : documents.listFor(Leads.OWNER_VISIT, visitDays.keySet())) {
                if (d.kind() == DocumentKind.CONSENT) {
                    found.add(new Found(visitDays.get(d.ownerId()), d.id(), d.originalName(), Leads.OWNER_VISIT));
                }
            }
        }
        return found.stream().max(Comparator.comparing(Found::signedOn).thenComparing(Found::documentId))
                .map(f -> {
                    LocalDate validUntil = f.signedOn().plusMonths(validMonths).minusDays(1);
                    ConsentView.State state = records.today().isAfter(validUntil) ? ConsentView.State.EXPIRED
                            : ConsentView.State.VALID;
                    return new ConsentView(state, f.signedOn(), validUntil, f.documentId(), f.name(), f.source());
                })
                .orElseGet(ConsentView::missing);
    }
}
