package org.unionaid.wishes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.people.WorkerView;
import org.unionaid.programmes.BenefitKind;
import org.unionaid.programmes.ProgrammeDetails;
import org.unionaid.programmes.ProgrammeKind;
import org.unionaid.programmes.ProgrammeView;
import org.unionaid.programmes.Programmes;
import org.unionaid.programmes.WhoMayApply;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Role;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.Today;
import org.unionaid.users.Users;

/**
 * Micro-wishes (docs/wishes.md): posted by the worker under the programme's cap, approved by their branch's
 * caseworker, shown to donors masked, claimed by a partner in scope, delivered with a photo and confirmed by the
 * worker; every step scoped, audited and told to the worker; the table refuses a delivery without proof.
 */
class WishesIntegrationTests extends IntegrationTestSupport {

    @Autowired People registry;
    @Autowired UserDetailsService userDetails;
    @Autowired Users users;
    @Autowired Programmes programmes;
    @Autowired Wishes wishes;
    @Autowired WishBoard board;
    @Autowired org.unionaid.payouts.BenefitLedger ledger;

    TestPeople people;

    @BeforeEach
    void setUp() {
        people = new TestPeople(registry, userDetails, jdbc);
    }

    private ProgrammeView programme() {
        var today = Today.date();
        return people.as("admin", () -> programmes.create(new ProgrammeDetails(TestPeople.freshName("微心愿"),
                ProgrammeKind.MICRO_WISH, people.branch("SN-XA"), "圆职工子女一个小心愿", today.minusMonths(1),
                today.plusMonths(11), today.minusDays(1), today.plusDays(60), WhoMayApply.BOTH, BenefitKind.IN_KIND,
                true, null, "心愿礼物", new BigDecimal("300.00"), null, 10, List.of(), List.of(), List.of())));
    }

    private record Poster(WorkerView worker, String username) {
    }

    private Poster worker() {
        WorkerView worker = people.register("caseworker", TestPeople.freshName("心愿"), "SN-XA-YT");
        String username = "wisher" + System.nanoTime();
        people.as("sysadmin", () -> users.create(new Users.CreateUser(username, "wish-test-password", username,
                people.branch("SN-XA-YT"), Set.of(Role.WORKER), null, worker.id())));
        return new Poster(worker, username);
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    private int notified(String username, String key) {
        return count("select count(*) from notification n join user_account u on u.id = n.recipient_user_id "
                + "where u.username = ? and n.message_key = ?", username, key);
    }

    @Test
    void aWishGoesFromPostingToDeliveryMaskedForDonorsScopedAndAudited() throws Exception {
        ProgrammeView programme = programme();
        Poster poster = worker();
        String fullName = poster.worker().name();

        assertThat(people.as(poster.username(), () -> wishes.programmesFor(null))).extracting(ProgrammeView::id)
                .contains(programme.id());
        // over the programme's value: refused with the cap
        assertThatThrownBy(() -> people.as(poster.username(), () -> wishes.post(new PostWish(null, programme.id(),
                "一台电脑", "孩子上网课", new BigDecimal("350.00"), null))))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("code", "wish.value.overCap");
        WishView posted = people.as(poster.username(), () -> wishes.post(new PostWish(null, programme.id(),
                "  一个新书包 ", "孩子升初中，旧书包破了", new BigDecimal("200"), new PostWish.Photo("bag.png", png()))));
        assertThat(posted.state()).isEqualTo(WishState.SUBMITTED);
        assertThat(posted.title()).isEqualTo("一个新书包");
        assertThat(posted.value()).isEqualByComparingTo("200.00");
        assertThat(posted.photoId()).isNotNull();
        assertThat(posted.workerName()).isEqualTo(fullName);
        assertThat(notified("caseworker", "wish.notification.posted")).isPositive();

        // not on the board yet: a partner does not see it; another district's caseworker cannot approve it
        assertThatThrownBy(() -> people.as("partner", () -> board.get(posted.id())))
                .isInstanceOf(WishNotFoundException.class);
        assertThatThrownBy(() -> people.as("caseworker2", () -> wishes.approve(posted.id(), posted.version())))
                .isInstanceOf(WishNotFoundException.class);
        assertThat(people.as("caseworker", () -> board.queue(PageRequest.of(0, 100))).getContent())
                .extracting(WishView::id).contains(posted.id());

        WishView published = people.as("caseworker", () -> wishes.approve(posted.id(), posted.version()));
        assertThat(published.state()).isEqualTo(WishState.PUBLISHED);
        assertThat(notified(poster.username(), "wish.notification.published")).isEqualTo(1);

        // the board: the partner sees the masked name, never the full name; Baoji's partner does not see it at all
        WishView seen = people.as("partner", () -> board.get(posted.id()));
        assertThat(seen.workerName()).isEqualTo(org.unionaid.shared.PersonNames.masked(fullName))
                .isNotEqualTo(fullName);
        assertThat(people.as("partner", () -> board.board(Set.of(), PageRequest.of(0, 100))).getContent())
                .extracting(WishView::id).contains(posted.id());
        assertThat(people.as("partner2", () -> board.board(Set.of(), PageRequest.of(0, 100))).getContent())
                .extracting(WishView::id).doesNotContain(posted.id());
        String page = mvc.perform(get("/wishes").with(user(people.user("partner")))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("一个新书包").doesNotContain(fullName)
                .doesNotContain(jdbc.queryForObject("select phone from worker where id = ?", String.class,
                        poster.worker().id()));
        assertThat(mvc.perform(get("/wishes").with(user(people.user(poster.username())))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);

        // the worker may not claim their own wish, Baoji's partner cannot reach it
        assertThatThrownBy(() -> people.as(poster.username(), () -> wishes.claim(posted.id(), published.version())))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("code", "wish.claim.notDonor");
        assertThatThrownBy(() -> people.as("partner2", () -> wishes.claim(posted.id(), published.version())))
                .isInstanceOf(WishNotFoundException.class);

        WishView claimed = people.as("partner", () -> wishes.claim(posted.id(), published.version()));
        assertThat(claimed.state()).isEqualTo(WishState.CLAIMED);
        assertThat(claimed.donorName()).contains("春雨基金会");
        assertThat(notified(poster.username(), "wish.notification.claimed")).isEqualTo(1);
        // a second donor cannot take it; a stale version is refused
        assertThatThrownBy(() -> people.as("caseworker", () -> wishes.claim(posted.id(), claimed.version())))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("code", "wish.state.invalid");
        assertThatThrownBy(() -> people.as("partner", () -> wishes.release(posted.id(), published.version())))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);

        // the delivery: only the donor, and only with a photo
        assertThatThrownBy(() -> people.as("caseworker", () -> wishes.deliver(posted.id(),
                new PostWish.Photo("d.png", png()), null, claimed.version())))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("code", "wish.notYourClaim");
        assertThatThrownBy(() -> people.as("partner", () -> wishes.deliver(posted.id(), null, null,
                claimed.version()))).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("code", "wish.delivery.photoRequired");
        WishView delivered = people.as("partner", () -> wishes.deliver(posted.id(),
                new PostWish.Photo("delivered.png", png()), "书包已送到家中", claimed.version()));
        assertThat(delivered.state()).isEqualTo(WishState.DELIVERED);
        assertThat(delivered.deliveryPhotoId()).isNotNull().isNotEqualTo(delivered.photoId());
        assertThat(notified(poster.username(), "wish.notification.delivered")).isEqualTo(1);

        WishView confirmed = people.as(poster.username(), () -> wishes.confirm(posted.id(), delivered.version()));
        assertThat(confirmed.confirmedAt()).isNotNull();
        assertThat(people.as(poster.username(), () -> board.mine())).extracting(WishView::id).contains(posted.id());
        assertThat(notified("partner", "wish.notification.confirmed")).isPositive();

        // the household's benefit ledger lists the delivered wish as aid in kind, the donor as its funder
        var entry = people.as("caseworker", () -> ledger.ledger(poster.worker().id())).entries().stream()
                .filter(e -> e.kind() == org.unionaid.payouts.LedgerKind.MICRO_WISH).findFirst().orElseThrow();
        assertThat(entry.reference()).isEqualTo(posted.reference());
        assertThat(entry.amount()).isEqualByComparingTo("200.00");
        assertThat(entry.funders()).contains("春雨基金会");
        assertThat(entry.counted()).isTrue();
        assertThat(mvc.perform(get("/me/benefits").with(user(people.user(poster.username())))).andReturn()
                .getResponse().getContentAsString()).contains("id=\"ledger-" + posted.reference() + "\"")
                .contains("一个新书包");

        // statistics of the district: the delivered wish counts with its value
        WishBranchFigures yanta = people.as("caseworker", () -> board.statistics()).stream()
                .filter(f -> f.branchId() == people.branch("SN-XA-YT")).findFirst().orElseThrow();
        assertThat(yanta.count(WishState.DELIVERED)).isPositive();
        assertThat(yanta.deliveredValue()).isGreaterThanOrEqualTo(new BigDecimal("200.00"));

        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'Wish' and entity_id = ? "
                + "order by id", String.class, String.valueOf(posted.id())))
                .containsExactly("POST", "APPROVE", "CLAIM", "DELIVER", "CONFIRM");
    }

    @Test
    void theWorkerConfirmsADeliveryTheDonorDidNotRecordAndTheTableRefusesOneWithoutProof() {
        ProgrammeView programme = programme();
        Poster poster = worker();
        WishView posted = people.as("caseworker", () -> wishes.post(new PostWish(poster.worker().id(),
                programme.id(), "冬衣", "父亲冬天没有厚衣服", new BigDecimal("150.00"), null)));
        assertThat(posted.postedBy()).isEqualTo("caseworker");
        // a worker may not post for someone else
        assertThatThrownBy(() -> people.as(poster.username(), () -> wishes.post(new PostWish(
                people.register("caseworker", TestPeople.freshName("他人"), "SN-XA-YT").id(), programme.id(), "x", "y",
                BigDecimal.TEN, null)))).isInstanceOf(AccessDeniedException.class);

        WishView published = people.as("caseworker", () -> wishes.approve(posted.id(), posted.version()));
        WishView claimed = people.as("caseworker", () -> wishes.claim(posted.id(), published.version()));
        assertThatThrownBy(() -> jdbc.update("update wish set state = 'DELIVERED', delivered_at = now() where id = ?",
                posted.id())).isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("wish_delivery");

        WishView received = people.as(poster.username(), () -> wishes.confirm(posted.id(), claimed.version()));
        assertThat(received.state()).isEqualTo(WishState.DELIVERED);
        assertThat(received.confirmedAt()).isNotNull();
        assertThat(received.deliveryPhotoId()).isNull();
    }

    @Test
    void aRejectedWishTellsTheWorkerWhyAndAWithdrawnOneLeavesTheBoard() {
        ProgrammeView programme = programme();
        Poster poster = worker();
        WishView first = people.as(poster.username(), () -> wishes.post(new PostWish(null, programme.id(), "手机",
                "想要新手机", new BigDecimal("299.99"), null)));
        assertThatThrownBy(() -> people.as("caseworker", () -> wishes.reject(first.id(), " ", first.version())))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("code", "wish.rejection.required");
        WishView rejected = people.as("caseworker", () -> wishes.reject(first.id(), "不属于生活必需", first.version()));
        assertThat(rejected.state()).isEqualTo(WishState.REJECTED);
        assertThat(jdbc.queryForObject("select message_args[3] from notification n join user_account u on "
                + "u.id = n.recipient_user_id where u.username = ? and n.message_key = 'wish.notification.rejected'",
                String.class, poster.username())).isEqualTo("不属于生活必需");

        WishView second = people.as(poster.username(), () -> wishes.post(new PostWish(null, programme.id(), "台灯",
                "孩子写作业", new BigDecimal("80"), null)));
        WishView published = people.as("caseworker", () -> wishes.approve(second.id(), second.version()));
        WishView withdrawn = people.as(poster.username(), () -> wishes.withdraw(second.id(), published.version()));
        assertThat(withdrawn.state()).isEqualTo(WishState.WITHDRAWN);
        assertThatThrownBy(() -> people.as("partner", () -> board.get(second.id())))
                .isInstanceOf(WishNotFoundException.class);
    }

    static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
