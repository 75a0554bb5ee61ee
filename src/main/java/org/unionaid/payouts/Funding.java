package org.unionaid.payouts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.payouts.domain.FundingSource;
import org.unionaid.payouts.domain.FundingSourceRepository;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.RecordNotFoundException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Role;
import org.unionaid.shared.Money;

/**
 * Funding sources of programmes: pledges (ADMIN, audited) and the budget figures. Available = allocated −
 * committed − paid per source and never below zero (see {@link FundingLedger}). Staff see the sources of
 * their own branch subtree and of the branches above them (a province's programme funds its cities' cases);
 * a PARTNER sees only its own sources.
 */
@Service
@Transactional
public class Funding {

    private final FundingSourceRepository sources;
    private final FundingLedger ledger;
    private final Branches branches;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectProvider<ProgrammeOwners> owners;

    Funding(FundingSourceRepository sources, FundingLedger ledger, Branches branches, AuditTrail audit,
            Clock clock, ObjectProvider<ProgrammeOwners> owners) {
        this.sources = sources;
        this.ledger = ledger;
        this.branches = branches;
        this.audit = audit;
        this.clock = clock;
        this.owners = owners;
    }

    /** An ADMIN pledges money of a union budget line or of a partner to a programme, for a branch in scope. */
    @PreAuthorize("hasRole('ADMIN')")
    public FundingSourceView pledge(PledgeFunding command) {
        Actor actor = Actors.required();
        if (!branches.covers(actor.branchId(), command.branchId())) {
            throw new BusinessRuleException("funding.branch.outOfScope");
        }
        BigDecimal allocated = command.allocated() == null ? BigDecimal.ZERO : command.allocated();
        if (allocated.signum() <= 0 || allocated.scale() > 2) {
            throw new BusinessRuleException("funding.allocated.invalid");
        }
        if (command.name() == null || command.name().isBlank()) {
            throw new BusinessRuleException("funding.name.required");
        }
        if ((command.kind() == FundingSourceKind.PARTNER) != (command.partnerUserId() != null)) {
            throw new BusinessRuleException("funding.partner.required");
        }
        FundingSource source = sources.saveAndFlush(new FundingSource(command.programmeId(), command.branchId(),
                command.kind(), command.name().strip(), command.partnerUserId(),
                Money.exact(allocated), actor.username(), clock.instant()));
        ledger.pledged(source.id(), allocated, actor.username());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("programmeId", command.programmeId());
        after.put("kind", command.kind());
        after.put("name", source.name());
        after.put("partnerUserId", String.valueOf(command.partnerUserId()));
        after.put("allocated", allocated);
        audit.record(AuditEntry.of("FundingSource", source.id(), "PLEDGE", command.branchId()).withAfter(after));
        return ledger.find(source.id()).orElseThrow();
    }

    /**
     * A programme's funding as the funding page and {@code /api/v1/payouts/funding} show it: its sources the caller
     * may see and its budget use, or {@link RecordNotFoundException} (404) to whoever may not see the programme.
     * That is decided like the programmes module does: staff whose subtree holds the programme's branch or who
     * work below it, a PARTNER who funds it; workers, volunteers and employers never. The programme's branch comes
     * from {@link ProgrammeOwners}; a programme it does not know is judged by its sources' branches.
     */
    @Transactional(readOnly = true)
    public ProgrammeFunding ofVisibleProgramme(long programmeId) {
        if (!maySeeProgramme(Actors.required(), programmeId)) {
            throw new RecordNotFoundException("Programme", programmeId);
        }
        return new ProgrammeFunding(ofProgramme(programmeId), useOf(programmeId));
    }

    /**
     * The programme's sources the caller may see, in id order. For callers that have checked the programme's
     * visibility themselves (the programmes module); elsewhere use {@link #ofVisibleProgramme(long)}.
     */
    @Transactional(readOnly = true)
    public List<FundingSourceView> ofProgramme(long programmeId) {
        Actor actor = Actors.required();
        return ledger.ofProgramme(programmeId).stream().filter(s -> visible(actor, s.id(), s.partnerUserId()))
                .toList();
    }

    /**
     * The sums over the programme's sources (all of them: a budget is one figure for everyone who sees it). For
     * callers that have checked the programme's visibility themselves; elsewhere use {@link #ofVisibleProgramme(long)}.
     */
    @Transactional(readOnly = true)
    public BudgetUse useOf(long programmeId) {
        BigDecimal allocated = Money.ZERO;
        BigDecimal committed = allocated;
        BigDecimal paid = allocated;
        for (FundingSourceView s : ledger.ofProgramme(programmeId)) {
            allocated = allocated.add(s.allocated());
            committed = committed.add(s.committed());
            paid = paid.add(s.paid());
        }
        return new BudgetUse(allocated, committed, paid, allocated.subtract(committed).subtract(paid));
    }

    /**
     * Budget use per programme over the funding sources a staff user may see (their subtree's and those of
     * the branches above them), summed in the database.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR', 'CASEWORKER')")
    public List<ProgrammeBudgetUse> useByProgramme() {
        Actor actor = Actors.required();
        var scope = branches.scopeOf(actor.branchId());
        return ledger.useByProgramme(scope.likePattern(), scope.path());
    }

    /** The programmes a partner funds. */
    @Transactional(readOnly = true)
    public Set<Long> programmesFundedBy(long partnerUserId) {
        Set<Long> result = new LinkedHashSet<>();
        ledger.ofPartner(partnerUserId).forEach(s -> result.add(s.programmeId()));
        return result;
    }

    /** One source the caller may see. */
    @Transactional(readOnly = true)
    public FundingSourceView get(long id) {
        Actor actor = Actors.required();
        FundingSourceView source = ledger.find(id).orElseThrow(() -> new FundingSourceNotFoundException(id));
        if (!visible(actor, id, source.partnerUserId())) {
            throw new FundingSourceNotFoundException(id);
        }
        return source;
    }

    private boolean maySeeProgramme(Actor actor, long programmeId) {
        if (actor.has(Role.PARTNER)
                && ledger.ofPartner(actor.id()).stream().anyMatch(s -> s.programmeId() == programmeId)) {
            return true;
        }
        if (actor.roles().stream().allMatch(r -> r == Role.PARTNER) || !actor.isStaff()) {
            return false;
        }
        ProgrammeOwners known = owners.getIfAvailable();
        Optional<Long> branch = known == null ? Optional.empty() : known.branchOf(programmeId);
        if (branch.isPresent()) {
            return related(actor.branchId(), branch.get());
        }
        return ledger.ofProgramme(programmeId).stream().anyMatch(s -> related(actor.branchId(), ledger.branchOf(s.id())));
    }

    /** The branch lies in the subtree of {@code own}, or {@code own} lies below it. */
    private boolean related(long own, long branch) {
        return branches.covers(own, branch) || branches.covers(branch, own);
    }

    private boolean visible(Actor actor, long sourceId, @org.jspecify.annotations.Nullable Long partnerUserId) {
        if (actor.has(Role.PARTNER) && !actor.has(Role.ADMIN) && !actor.has(Role.AUDITOR)) {
            return partnerUserId != null && partnerUserId == actor.id();
        }
        if (!actor.isStaff()) {
            return false;
        }
        long branch = ledger.branchOf(sourceId);
        return branches.covers(actor.branchId(), branch) || branches.covers(branch, actor.branchId());
    }
}
