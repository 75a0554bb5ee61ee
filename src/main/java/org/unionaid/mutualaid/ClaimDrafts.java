package org.unionaid.mutualaid;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.documents.Documents;
import org.unionaid.mutualaid.domain.Claim;
import org.unionaid.mutualaid.domain.ClaimRepository;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;

/**
 * A claim DRAFT deleted by its owner: the member it is for, or the user who filed it (a caseworker on the member's
 * behalf); anyone else gets {@link ClaimNotFoundException}, and a claim that left DRAFT is refused
 * ({@code claim.delete.notDraft}): once submitted it belongs to the review. The draft goes with its invoice
 * numbers, its history and its documents (deleted, not detached: they were uploaded for this claim only and nobody
 * else may see them; decision 34), in one transaction, with one audit row for the claim and one per document.
 */
@Service
@Transactional
public class ClaimDrafts {

    private final ClaimRepository claims;
    private final Documents documents;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;

    ClaimDrafts(ClaimRepository claims, Documents documents, AuditTrail audit, JdbcTemplate jdbc) {
        this.claims = claims;
        this.documents = documents;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasAnyRole('WORKER', 'CASEWORKER')")
    public void delete(long id) {
        Actor actor = Actors.required();
        Claim claim = claims.findById(id).orElseThrow(() -> new ClaimNotFoundException(id));
        boolean own = Objects.equals(actor.workerId(), claim.workerId());
        if (!own && claim.filedBy() != actor.id()) {
            throw new ClaimNotFoundException(id);
        }
        if (claim.state() != ClaimState.DRAFT) {
            throw new BusinessRuleException("claim.delete.notDraft", claim.state().name());
        }
        int removed = documents.deleteAllFor(Claims.DOCUMENT_OWNER, id);
        jdbc.update("delete from mutualaid_claim_invoice where claim_id = ?", id);
        jdbc.update("delete from mutualaid_claim_transition where claim_id = ?", id);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("reference", claim.reference());
        before.put("planId", claim.planId());
        before.put("workerId", claim.workerId());
        before.put("state", claim.state());
        before.put("admissionDate", claim.admissionDate().toString());
        before.put("invoiceTotal", claim.invoiceTotal());
        before.put("documentsDeleted", removed);
        claims.delete(claim);
        claims.flush();
        audit.record(AuditEntry.of(Claims.ENTITY, id, "DELETE_DRAFT", claim.branchId()).withBefore(before));
    }
}
