package org.unionaid.demo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.unionaid.shared.security.RunAs;
import org.unionaid.branches.Branches;
import org.unionaid.programmes.BenefitKind;
import org.unionaid.programmes.ProgrammeDetails;
import org.unionaid.programmes.ProgrammeKind;
import org.unionaid.programmes.ProgrammeView;
import org.unionaid.programmes.Programmes;
import org.unionaid.programmes.WhoMayApply;
import org.unionaid.shared.time.Times;
import org.unionaid.wishes.PostWish;
import org.unionaid.wishes.WishView;
import org.unionaid.wishes.Wishes;

/**
 * The micro-wish board of the demo (seed 001, Shanghai's 微心愿): Xi'an's programme with a 300 CNY cap, the demo
 * worker's wish on the board, a wish the partner foundation claimed and delivered, one waiting for the Yanta
 * caseworker's approval. Through the facades, as the demo users; skipped when the programme exists.
 */
@Component
@Order(58)
@ConditionalOnProperty(name = "unionaid.demo-data", havingValue = "true")
class DemoWishes implements ApplicationRunner {

    static final String PROGRAMME = "2026年“微心愿”圆梦行动";
    private static final Logger log = LoggerFactory.getLogger(DemoWishes.class);

    private final Programmes programmes;
    private final Wishes wishes;
    private final Branches branches;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final Times times;

    DemoWishes(Programmes programmes, Wishes wishes, Branches branches, UserDetailsService users, JdbcTemplate jdbc,
               Times times) {
        this.programmes = programmes;
        this.wishes = wishes;
        this.branches = branches;
        this.users = users;
        this.jdbc = jdbc;
        this.times = times;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from programme where name = ?", Integer.class,
                PROGRAMME);
        if (existing != null && existing > 0) {
            return;
        }
        LocalDate today = times.today();
        long xian = java.util.Objects.requireNonNull(branches.findByCode(DemoBranches.CITY_XIAN)).id();
        ProgrammeView programme = as("admin", () -> programmes.create(new ProgrammeDetails(PROGRAMME,
                ProgrammeKind.MICRO_WISH, xian, "为困难职工家庭圆一个小小心愿，每个心愿价值不超过300元。",
                today.minusMonths(1), today.plusMonths(11), today.minusMonths(1), today.plusMonths(10),
                WhoMayApply.BOTH, BenefitKind.IN_KIND, true, null, "心愿物品", new BigDecimal("300.00"), null, 3,
                List.of(), List.of(), List.of())));
        as("worker", () -> {
            WishView wish = wishes.post(new PostWish(null, programme.id(), "给女儿买一套初中教辅书",
                    "女儿今年升初二，家里没有余钱买教辅资料", new BigDecimal("160.00"), null));
            return as("caseworker", () -> wishes.approve(wish.id(), wish.version()));
        });
        List<Long> yantaWorkers = jdbc.queryForList("""
                select w.id from worker w join branch b on b.id = w.branch_id
                 where b.code = ? and not exists (select 1 from user_account u where u.worker_id = w.id)
                 order by w.id limit 2""", Long.class, DemoBranches.GRASSROOTS_YANTA_COURIERS);
        if (yantaWorkers.size() == 2) {
            as("caseworker", () -> {
                WishView coat = wishes.post(new PostWish(yantaWorkers.get(0), programme.id(), "一件冬季棉衣",
                        "快递员父亲常年在户外，冬衣已穿了多年", new BigDecimal("280.00"), null));
                WishView published = wishes.approve(coat.id(), coat.version());
                WishView claimed = as("partner", () -> wishes.claim(coat.id(), published.version()));
                as("partner", () -> wishes.deliver(coat.id(), new PostWish.Photo("送达.png", photo()),
                        "已送到家中，老人很高兴", claimed.version()));
                return wishes.post(new PostWish(yantaWorkers.get(1), programme.id(), "一个护眼台灯",
                        "孩子晚上在出租屋写作业，光线很暗", new BigDecimal("120.00"), null));
            });
        }
        log.info("Demo micro-wishes loaded");
    }

    private static byte[] photo() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0xC8, 0x10, 0x2E));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T as(String username, Supplier<T> action) {
        return RunAs.as(users, username, action);
    }
}
