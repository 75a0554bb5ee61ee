package org.unionaid.wishes;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.documents.DocumentKind;
import org.unionaid.documents.DocumentView;
import org.unionaid.documents.Documents;
import org.unionaid.documents.StoreDocument;
import org.unionaid.notifications.Notice;
import org.unionaid.notifications.Notifications;
import org.unionaid.people.People;
import org.unionaid.people.WorkerView;
import org.unionaid.programmes.ProgrammeKind;
import org.unionaid.programmes.ProgrammeView;
import org.unionaid.programmes.Programmes;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.Money;
import org.unionaid.shared.PersonNames;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Role;
import org.unionaid.shared.time.Times;
import org.unionaid.users.UserSummary;
import org.unionaid.users.Users;
import org.unionaid.wishes.domain.Wish;
import org.unionaid.wishes.domain.WishRepository;

/**
 * The steps of a micro-wish (docs/wishes.md), each checked by {@link WishAccess} and the entity's state, audited
 * ({@code Wish} POST, APPROVE, REJECT, WITHDRAW, CLAIM, RELEASE, DELIVER, CONFIRM) and told to whom it concerns in
 * its transaction: the branch's caseworkers of a new wish, the worker of every step after it.
 */
@Service
@Transactional
public class Wishes {

    static final String ENTITY = "Wish";
    static final String OWNER_TYPE = "WISH";
    private static final int MAX_TITLE = 100;
    private static final int MAX_TEXT = 1000;

    private final WishRepository wishes;
    private final WishAccess access;
    private final WishBoard board;
    private final People people;
    private final Programmes programmes;
    private final Documents documents;
    private final Notifications notifications;
    private final Users users;
    private final AuditTrail audit;
    private final Times times;

    Wishes(WishRepository wishes, WishAccess access, WishBoard board, People people, Programmes programmes,
           Documents documents, Notifications notifications, Users users, AuditTrail audit, Times times) {
        this.wishes = wishes;
        this.access = access;
        this.board = board;
        this.people = people;
        this.programmes = programmes;
        this.documents = documents;
        this.notifications = notifications;
        this.users = users;
        this.audit = audit;
        this.times = times;
    }

    /** The micro-wish programmes open today for the worker (the signed-in one when null), nearest branch first. */
    @Transactional(readOnly = true)
    public List<ProgrammeView> programmesFor(@Nullable Long workerId) {
        return programmes.openOfKindCovering(ProgrammeKind.MICRO_WISH, worker(workerId).branch().id());
    }

    /** Posts a wish, SUBMITTED for the caseworkers of the worker's branch to approve. */
    public WishView post(PostWish command) {
        Actor actor = Actors.required();
        WorkerView worker = worker(command.workerId());
        ProgrammeView programme = programmesFor(worker.id()).stream()
                .filter(p -> p.id() == command.programmeId()).findFirst()
                .orElseThrow(() -> new BusinessRuleException("wish.programme.notOpen"));
        String title = text(command.title(), MAX_TITLE, "wish.title.required");
        String reason = text(command.reason(), MAX_TEXT, "wish.reason.required");
        BigDecimal value = command.value();
        if (value == null || value.signum() <= 0 || value.scale() > Money.SCALE) {
            throw new BusinessRuleException("wish.value.invalid");
        }
        BigDecimal cap = cap(programme);
        if (cap != null && value.compareTo(cap) > 0) {
            throw new BusinessRuleException("wish.value.overCap", Money.format(cap), programme.name());
        }
        if (command.photo() != null) {
            documents.check(command.photo().bytes(), command.photo().originalName());
        }
        String reference = "WX-" + times.today().getYear() + "-" + String.format("%06d", wishes.nextNumber());
        Wish wish = wishes.saveAndFlush(new Wish(reference, programme.id(), worker.id(),
                PersonNames.masked(worker.name()), worker.branch().id(), title, reason, Money.exact(value),
                actor.username(), times.now()));
        if (command.photo() != null) {
            documents.store(new StoreDocument(OWNER_TYPE, wish.id(), wish.branchId(), wish.workerId(),
                    DocumentKind.PHOTO, command.photo().originalName(), command.photo().bytes()));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reference", reference);
        after.put("programmeId", programme.id());
        after.put("workerId", worker.id());
        after.put("title", title);
        after.put("value", wish.value());
        after.put("state", wish.state());
        audit.record(AuditEntry.of(ENTITY, wish.id(), "POST", wish.branchId()).withAfter(after));
        for (UserSummary caseworker : users.nearestWithRolesCovering(wish.branchId(), Set.of(Role.CASEWORKER), 1,
                null)) {
            notifications.notify(new Notice(caseworker.id(), "WISH_POSTED", "wish.notification.posted",
                    List.of(reference, title), "/wishes/" + wish.id(), false));
        }
        return board.view(wish);
    }

    /** A caseworker of the branch approves the wish for the board. */
    public WishView approve(long id, long version) {
        Actor actor = Actors.required();
        Wish wish = load(id, version);
        if (!access.mayReview(actor, wish)) {
            throw new WishNotFoundException(id);
        }
        wish.approve(actor.username(), times.now());
        return changed(wish, "APPROVE", WishState.SUBMITTED, null, "wish.notification.published");
    }

    public WishView reject(long id, String reason, long version) {
        Actor actor = Actors.required();
        Wish wish = load(id, version);
        if (!access.mayReview(actor, wish)) {
            throw new WishNotFoundException(id);
        }
        String why = text(reason, MAX_TEXT, "wish.rejection.required");
        wish.reject(why, actor.username(), times.now());
        return changed(wish, "REJECT", WishState.SUBMITTED, why, "wish.notification.rejected");
    }

    /** The worker takes back a wish nobody has claimed yet. */
    public WishView withdraw(long id, long version) {
        Actor actor = Actors.required();
        Wish wish = load(id, version);
        if (!access.own(actor, wish)) {
            throw new WishNotFoundException(id);
        }
        WishState before = wish.state();
        wish.withdraw();
        return changed(wish, "WITHDRAW", before, null, null);
    }

    /** A donor takes a wish from the board; it is theirs to deliver. */
    public WishView claim(long id, long version) {
        Actor actor = Actors.required();
        Wish wish = load(id, version);
        if (!access.mayClaim(actor, wish)) {
            throw new BusinessRuleException("wish.claim.notDonor");
        }
        String name = users.find(actor.id()).map(UserSummary::displayName).orElse(actor.username());
        wish.claim(actor.id(), name, times.now());
        return changed(wish, "CLAIM", WishState.PUBLISHED, null, "wish.notification.claimed");
    }

    /** The donor gives a claimed wish back to the board. */
    public WishView release(long id, long version) {
        Actor actor = Actors.required();
        Wish wish = load(id, version);
        if (!wish.claimedBy(actor.id())) {
            throw new BusinessRuleException("wish.notYourClaim");
        }
        wish.release();
        return changed(wish, "RELEASE", WishState.CLAIMED, null, null);
    }

    /** The donor records the delivery with a photo (required: it is the proof). */
    public WishView deliver(long id, PostWish.@Nullable Photo photo, @Nullable String note, long version) {
        Actor actor = Actors.required();
        Wish wish = load(id, version);
        if (!wish.claimedBy(actor.id())) {
            throw new BusinessRuleException("wish.notYourClaim");
        }
        if (photo == null) {
            throw new BusinessRuleException("wish.delivery.photoRequired");
        }
        documents.check(photo.bytes(), photo.originalName());
        DocumentView stored = documents.store(new StoreDocument(OWNER_TYPE, wish.id(), wish.branchId(),
                wish.workerId(), DocumentKind.PHOTO, photo.originalName(), photo.bytes()));
        String text = note == null || note.isBlank() ? null : text(note, MAX_TEXT, "wish.reason.required");
        wish.delivered(stored.id(), text, actor.username(), times.now());
        return changed(wish, "DELIVER", WishState.CLAIMED, text, "wish.notification.delivered");
    }

    /** The worker confirms they received the wish (this is its delivery when the donor recorded none). */
    public WishView confirm(long id, long version) {
        Actor actor = Actors.required();
        Wish wish = load(id, version);
        if (!access.own(actor, wish)) {
            throw new WishNotFoundException(id);
        }
        WishState before = wish.state();
        wish.confirmedByWorker(actor.username(), times.now());
        wishes.flush();
        audit.record(AuditEntry.of(ENTITY, wish.id(), "CONFIRM", wish.branchId())
                .withBefore(Map.of("state", before)).withAfter(Map.of("state", wish.state())));
        if (wish.donorUserId() != null) {
            notifications.notify(new Notice(wish.donorUserId(), "WISH_CONFIRMED", "wish.notification.confirmed",
                    List.of(wish.reference(), wish.title()), "/wishes/" + wish.id(), false));
        }
        return board.view(wish);
    }

    // ---- internals -------------------------------------------------------------------------------

    private WorkerView worker(@Nullable Long workerId) {
        Actor actor = Actors.required();
        if (workerId == null || workerId.equals(actor.workerId())) {
            return people.mine().orElseThrow(() -> new AccessDeniedException("wish.noWorkerRecord"));
        }
        if (!actor.has(Role.CASEWORKER)) {
            throw new AccessDeniedException("wish.noWorkerRecord");
        }
        return people.get(workerId);
    }

    private Wish load(long id, long version) {
        Wish wish = wishes.findById(id).filter(w -> access.maySee(Actors.required(), w))
                .orElseThrow(() -> new WishNotFoundException(id));
        if (wish.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Wish.class, id);
        }
        return wish;
    }

    private WishView changed(Wish wish, String action, WishState before, @Nullable String reason,
                             @Nullable String workerMessage) {
        wishes.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", wish.state());
        if (wish.donorName() != null) {
            after.put("donor", wish.donorName());
        }
        audit.record(AuditEntry.of(ENTITY, wish.id(), action, wish.branchId()).withBefore(Map.of("state", before))
                .withAfter(after).withReason(reason));
        if (workerMessage != null) {
            for (long userId : users.enabledAccountsOfWorker(wish.workerId())) {
                notifications.notify(new Notice(userId, "WISH_" + action, workerMessage,
                        List.of(wish.reference(), wish.title(), reason == null ? "" : reason),
                        "/me/wishes", true));
            }
        }
        return board.view(wish);
    }

    static @Nullable BigDecimal cap(ProgrammeView programme) {
        return programme.unitValue() != null ? programme.unitValue() : programme.baseAmount();
    }

    private static String text(@Nullable String value, int max, String requiredKey) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException(requiredKey);
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new BusinessRuleException("wish.text.tooLong", String.valueOf(max));
        }
        return text;
    }
}
