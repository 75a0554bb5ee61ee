package org.unionaid.payouts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.unionaid.branches.Branches;
import org.unionaid.payouts.domain.FundingLine;
import org.unionaid.payouts.domain.Payout;
import org.unionaid.payouts.domain.PayoutRepository;
import org.unionaid.payouts.domain.PayoutTransition;
import org.unionaid.payouts.domain.PayoutTransitionRepository;
import org.unionaid.people.PayoutAccountStatus;
import org.unionaid.people.WorkerCard;
import org.unionaid.shared.Money;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Resource;
import org.unionaid.shared.security.Role;

/**
 * The read side of payouts: a payout, its history and funding options, the payouts of an origin, the lists and
 * the approval queue, the paid totals — each within what the caller may see (staff their branch subtree, a PARTNER
 * the payouts its sources fund, payee masked), otherwise {@link PayoutNotFoundException}. The commands are in
 * {@link Payouts}, which builds its answers with {@link #view}.
 */
@Service
@Transactional
public class PayoutQueries {

    static final String READERS = "hasAnyRole('ADMIN', 'AUDITOR', 'CASEWORKER', 'CLAIMS_REVIEWER', 'PARTNER')";
    private static final Set<Role> STAFF_READERS = Resource.PAYOUT.staffReaders();

    private final PayoutRepository payouts;
    private final PayoutTransitionRepository transitions;
    private final FundingLedger ledger;
    private final PayoutSearch search;
    private final Branches branches;
    private final PayoutProperties properties;

    PayoutQueries(PayoutRepository payouts, PayoutTransitionRepository transitions, FundingLedger ledger,
                  PayoutSearch search, Branches branches, PayoutProperties properties) {
        this.payouts = payouts;
        this.transitions = transitions;
        this.ledger = ledger;
        this.search = search;
        this.branches = branches;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public PayoutView get(long id) {
        Actor actor = Actors.required();
        return view(loadVisible(id, actor), actor);
    }

    /** The live payout of an origin, if the caller may see it. */
    @Transactional(readOnly = true)
    public Optional<PayoutView> liveFor(PayoutSourceType type, long sourceId) {
        Actor actor = Actors.required();
        return payouts.findLive(type, sourceId).filter(p -> mayRead(actor, p)).map(p -> view(p, actor));
    }

    /** Every payout of an origin the caller may see, oldest first. */
    @Transactional(readOnly = true)
    public List<PayoutView> allFor(PayoutSourceType type, long sourceId) {
        Actor actor = Actors.required();
        return payouts.findBySourceTypeAndSourceIdOrderByIdAsc(type, sourceId).stream()
                .filter(p -> mayRead(actor, p)).map(p -> view(p, actor)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<PayoutTransitionView> history(long id) {
        loadVisible(id, Actors.required());
        return transitions.findByPayoutIdOrderByIdAsc(id).stream().map(PayoutTransition::toView).toList();
    }

    /** The programme's funding sources with what each has available now and this payout's share of it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<FundingOption> fundingOptions(long id) {
        Actor actor = Actors.required();
        Payout payout = loadVisible(id, actor);
        if (payout.programmeId() == null) {
            return List.of();
        }
        Map<Long, BigDecimal> current = new LinkedHashMap<>();
        payout.split().forEach(l -> current.put(l.fundingSourceId(), l.amount()));
        return ledger.ofProgramme(payout.programmeId()).stream().map(s -> new FundingOption(s.id(), s.name(), s.kind(),
                s.available(), current.getOrDefault(s.id(), Money.ZERO))).toList();
    }

    /** Payouts the caller may see matching the filter, paged and sorted in the database. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public Page<PayoutSummary> search(PayoutFilter filter, Pageable pageable) {
        return search.find(filter, scopeOf(Actors.required()), pageable);
    }

    /** Everything the filter matches (for the export), at most {@code limit} rows. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<PayoutSummary> searchAll(PayoutFilter filter, Pageable sortOnly, int limit) {
        return search.findAll(filter, scopeOf(Actors.required()), sortOnly.getSort(), limit);
    }

    /**
     * The money paid to payees of the caller's branch subtree per month (China time) and programme, for
     * payouts paid in [from, toExclusive); summed in the database.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR', 'CASEWORKER', 'CLAIMS_REVIEWER')")
    public List<PaidInMonth> paidByProgrammeAndMonth(LocalDate from, LocalDate toExclusive) {
        return search.paidByProgrammeAndMonth(branches.scopeOf(Actors.required().branchId()).likePattern(), from,
                toExclusive);
    }

    /** PROPOSED payouts the current ADMIN could approve now (not their own, not already approved by them). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Page<PayoutSummary> approvalQueue(Pageable pageable) {
        Actor actor = Actors.required();
        return search.queue(scopeOf(actor), actor.id(), pageable);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public QueueTotals approvalQueueTotals() {
        Actor actor = Actors.required();
        return search.queueTotals(scopeOf(actor), actor.id());
    }

    /** Approved cash payouts of the caller's subtree that cannot be paid now (not gathered into a batch). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long approvedUnpayable() {
        return search.approvedUnpayable(branches.scopeOf(Actors.required().branchId()).likePattern());
    }

    /** Whether the current user may approve this payout now (for showing the button; the server checks anyway). */
    @Transactional(readOnly = true)
    public boolean mayApprove(PayoutView payout) {
        Actor actor = Actors.required();
        return actor.has(Role.ADMIN) && payout.state() == PayoutState.PROPOSED && payout.proposedBy() != actor.id()
                && !Objects.equals(payout.firstApprovedBy(), actor.id());
    }

    /** The configured amount above which two ADMINs must approve. */
    public BigDecimal secondApprovalAbove() {
        return properties.secondApprovalAbove();
    }

    // ---- within the module -----------------------------------------------------------------------

    Payout loadVisible(long id, Actor actor) {
        Payout payout = payouts.findById(id).orElseThrow(() -> new PayoutNotFoundException(id));
        if (!mayRead(actor, payout)) {
            throw new PayoutNotFoundException(id);
        }
        return payout;
    }

    boolean mayRead(Actor actor, Payout payout) {
        if (STAFF_READERS.stream().anyMatch(actor::has)) {
            return branches.covers(actor.branchId(), payout.branchId());
        }
        if (actor.has(Role.PARTNER)) {
            return search.fundedBy(payout.id(), actor.id());
        }
        return false;
    }

    PayoutScope scopeOf(Actor actor) {
        String pattern = branches.scopeOf(actor.branchId()).likePattern();
        boolean partnerOnly = STAFF_READERS.stream().noneMatch(actor::has) && actor.has(Role.PARTNER);
        return new PayoutScope(pattern, partnerOnly ? actor.id() : null);
    }

    PayoutView view(Payout p, Actor actor) {
        boolean masked = STAFF_READERS.stream().noneMatch(actor::has);
        Optional<WorkerCard> payee = search.payee(p.payeeWorkerId());
        String name = payee.map(WorkerCard::name).orElse("?");
        List<FundingShareView> split = new ArrayList<>();
        boolean shortOfFunds = false;
        for (FundingLine l : p.split()) {
            FundingSourceView s = ledger.find(l.fundingSourceId()).orElseThrow();
            split.add(new FundingShareView(s.id(), s.name(), s.kind(), l.amount()));
            shortOfFunds |= s.available().compareTo(l.amount()) < 0;
        }
        boolean fundingShort = p.state() == PayoutState.PROPOSED && shortOfFunds;
        PayoutAccountStatus account = p.form() == PayoutKind.CASH
                ? payee.map(WorkerCard::payoutAccountStatus).orElse(PayoutAccountStatus.MISSING)
                : PayoutAccountStatus.OK;
        return new PayoutView(p.id(), p.reference(), p.sourceType(), p.sourceId(), p.branchId(), p.payeeWorkerId(),
                masked ? PayoutSearch.maskName(name) : name, p.programmeId(), p.form(), p.amount(), p.item(),
                p.quantity(), p.state(), p.purpose(), p.proposedBy(), p.firstApprovedBy(), p.approvedBy(),
                p.reissueOf(), p.decisionReason(), split, p.proposedAt(), p.paidAt(), p.version(), account,
                fundingShort, p.needsSecondApproval(properties.secondApprovalAbove()));
    }

    /** The rows a caller may list: a branch subtree pattern, and for partners their own user id. */
    record PayoutScope(String branchPattern, @Nullable Long partnerUserId) {
    }
}
