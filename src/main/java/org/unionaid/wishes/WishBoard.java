package org.unionaid.wishes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.branches.Branches;
import org.unionaid.documents.DocumentView;
import org.unionaid.documents.Documents;
import org.unionaid.people.People;
import org.unionaid.people.WorkerName;
import org.unionaid.programmes.Programmes;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.wishes.domain.Wish;
import org.unionaid.wishes.domain.WishRepository;

/**
 * Reading wishes: the donors' board of the caller's subtree (masked names), the caseworkers' queue of wishes to
 * approve, a worker's own wishes, a donor's claims, one wish, and the statistics per branch.
 */
@Service
@Transactional(readOnly = true)
public class WishBoard {

    static final String BOARD_ROLES = "hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR', 'PARTNER')";
    private static final int MAX_PAGE = 100;

    private final WishRepository wishes;
    private final WishAccess access;
    private final Branches branches;
    private final People people;
    private final Programmes programmes;
    private final Documents documents;

    WishBoard(WishRepository wishes, WishAccess access, Branches branches, People people, Programmes programmes,
              Documents documents) {
        this.wishes = wishes;
        this.access = access;
        this.branches = branches;
        this.people = people;
        this.programmes = programmes;
        this.documents = documents;
    }

    /** The board: wishes of the subtree in the given states (default: those waiting for a donor and claimed). */
    @PreAuthorize(BOARD_ROLES)
    public Page<WishView> board(Set<WishState> states, Pageable pageable) {
        Set<WishState> shown = states.isEmpty() ? Set.of(WishState.PUBLISHED, WishState.CLAIMED) : states;
        boolean staff = WishAccess.NAME_READERS.stream().anyMatch(Actors.required()::has);
        List<String> names = shown.stream().filter(s -> staff || boardState(s)).map(Enum::name).toList();
        if (names.isEmpty()) {
            return Page.empty(page(pageable));
        }
        return views(wishes.findInScope(scope(), names, page(pageable)));
    }

    /** Wishes waiting for approval in the caseworker's subtree, newest first. */
    @PreAuthorize("hasRole('CASEWORKER')")
    public Page<WishView> queue(Pageable pageable) {
        return views(wishes.findInScope(scope(), List.of(WishState.SUBMITTED.name()), page(pageable)));
    }

    /** The signed-in worker's wishes, newest first. */
    public List<WishView> mine() {
        Long workerId = Actors.required().workerId();
        if (workerId == null) {
            return List.of();
        }
        return views(wishes.findByWorkerIdOrderByIdDesc(workerId));
    }

    /** What the signed-in donor claimed, newest first. */
    public List<WishView> claimedByMe() {
        return views(wishes.findByDonorUserIdOrderByIdDesc(Actors.required().id()));
    }

    public WishView get(long id) {
        return view(load(id));
    }

    /** What the signed-in user may do on the wish's page (one load of the wish for all four answers). */
    public WishActions actions(WishView wish) {
        Actor actor = Actors.required();
        Wish row = load(wish.id());
        return new WishActions(row.state() == WishState.PUBLISHED && access.mayClaim(actor, row),
                row.state() == WishState.SUBMITTED && access.mayReview(actor, row), row.claimedBy(actor.id()),
                access.own(actor, row));
    }

    /** The steps a wish's page offers the signed-in user. */
    public record WishActions(boolean mayClaim, boolean mayReview, boolean claimedByMe, boolean own) {
    }

    /** Per branch of the caller's subtree: wishes in each state and the value delivered. */
    @PreAuthorize(BOARD_ROLES)
    public List<WishBranchFigures> statistics() {
        Map<Long, Map<WishState, Long>> counts = new LinkedHashMap<>();
        Map<Long, BigDecimal> delivered = new HashMap<>();
        for (Object[] row : wishes.statistics(scope())) {
            long branchId = ((Number) row[0]).longValue();
            WishState state = WishState.valueOf((String) row[1]);
            counts.computeIfAbsent(branchId, b -> new EnumMap<>(WishState.class))
                    .put(state, ((Number) row[2]).longValue());
            if (state == WishState.DELIVERED) {
                delivered.put(branchId, (BigDecimal) row[3]);
            }
        }
        var locale = LocaleContextHolder.getLocale();
        List<WishBranchFigures> figures = new ArrayList<>();
        counts.forEach((branchId, byState) -> figures.add(new WishBranchFigures(branchId,
                branches.get(branchId).displayName(locale), byState,
                delivered.getOrDefault(branchId, BigDecimal.ZERO))));
        figures.sort(java.util.Comparator.comparing(WishBranchFigures::branchName));
        return figures;
    }

    /** Whether the signed-in user may see the wish (and so its photos). */
    boolean visible(long id) {
        return wishes.findById(id).filter(w -> access.maySee(Actors.required(), w)).isPresent();
    }

    WishView view(Wish wish) {
        return views(List.of(wish)).get(0);
    }

    // ---- internals -------------------------------------------------------------------------------

    private Wish load(long id) {
        return wishes.findById(id).filter(w -> access.maySee(Actors.required(), w))
                .orElseThrow(() -> new WishNotFoundException(id));
    }

    private Page<WishView> views(Page<Wish> page) {
        List<WishView> rows = views(page.getContent());
        return new org.springframework.data.domain.PageImpl<>(rows, page.getPageable(), page.getTotalElements());
    }

    /** Views of several wishes with three batch lookups (names, programmes, photos), whatever their number. */
    private List<WishView> views(List<Wish> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Actor actor = Actors.required();
        List<Long> named = rows.stream().filter(w -> access.readsNames(actor, w)).map(Wish::workerId).toList();
        Map<Long, WorkerName> names = people.namesOf(named);
        Map<Long, String> programmeNames = programmes.namesOf(rows.stream().map(Wish::programmeId)
                .collect(Collectors.toSet()));
        Map<Long, List<DocumentView>> photos = documents.listFor(Wishes.OWNER_TYPE,
                rows.stream().map(Wish::id).toList()).stream().collect(Collectors.groupingBy(DocumentView::ownerId));
        var locale = LocaleContextHolder.getLocale();
        Map<Long, String> branchNames = new HashMap<>();
        return rows.stream().map(w -> {
            WorkerName name = access.readsNames(actor, w) ? names.get(w.workerId()) : null;
            Long photo = photos.getOrDefault(w.id(), List.of()).stream()
                    .filter(d -> !Objects.equals(d.id(), w.deliveryDocumentId())).map(DocumentView::id)
                    .findFirst().orElse(null);
            String branchName = branchNames.computeIfAbsent(w.branchId(),
                    b -> branches.get(b).displayName(locale));
            return new WishView(w.id(), w.reference(), w.programmeId(),
                    programmeNames.getOrDefault(w.programmeId(), ""), w.workerId(),
                    name == null ? w.maskedName() : name.name(), w.branchId(), branchName, w.title(), w.reason(),
                    w.value(), w.state(), w.postedBy(), w.postedAt(), w.reviewedBy(), w.rejectionReason(),
                    w.donorUserId(), w.donorName(), w.claimedAt(), w.deliveredAt(), w.deliveryNote(),
                    w.confirmedAt(), photo, w.deliveryDocumentId(), w.version());
        }).toList();
    }

    private static boolean boardState(WishState state) {
        return state == WishState.PUBLISHED || state == WishState.CLAIMED || state == WishState.DELIVERED;
    }

    private String scope() {
        return branches.scopeOf(Actors.required().branchId()).likePattern();
    }

    private static Pageable page(Pageable pageable) {
        return PageRequest.of(Math.max(pageable.getPageNumber(), 0),
                Math.min(Math.max(pageable.getPageSize(), 1), MAX_PAGE));
    }
}
