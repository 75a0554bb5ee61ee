package org.unionaid.payouts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.security.Role;
import org.unionaid.users.Users;
import org.unionaid.users.Users.CreateUser;

/**
 * Test data for payouts: fresh payees, programmes (ids only: payouts knows no programme table) with funding,
 * proposals. The demo caseworker (雁塔区) proposes; the demo admins "admin" (西安) and "admin2" (province)
 * approve.
 */
class TestPayouts {

    /** Programme and origin ids far above anything the demo data uses. */
    private static final AtomicLong NEXT_ID = new AtomicLong(System.nanoTime() % 1_000_000_000L + 9_000_000_000L);

    final TestPeople people;
    final Payouts payouts;
    final Funding funding;
    final JdbcTemplate jdbc;
    final Users users;

    TestPayouts(TestPeople people, Payouts payouts, Funding funding, JdbcTemplate jdbc, Users users) {
        this.people = people;
        this.payouts = payouts;
        this.funding = funding;
        this.jdbc = jdbc;
        this.users = users;
    }

    static long freshId() {
        return NEXT_ID.incrementAndGet();
    }

    long payee() {
        return people.register("caseworker", TestPeople.freshName("收款"), "SN-XA-YT").id();
    }

    long payeeWithoutAccount() {
        return people.registerWithoutAccount("caseworker", TestPeople.freshName("无账户"), "SN-XA-YT").id();
    }

    ProposePayout cashTo(long programme, String amount, long payeeId) {
        return new ProposePayout(PayoutSourceType.APPLICATION, freshId(), yanta(), payeeId, programme, PayoutKind.CASH,
                new BigDecimal(amount), null, null, true, null, "测试补助");
    }

    long yanta() {
        return people.branch("SN-XA-YT");
    }

    long xian() {
        return people.branch("SN-XA");
    }

    /** A new programme id with one union budget source of {@code allocated}, pledged by admin. */
    long programme(String... allocated) {
        long programme = freshId();
        for (String amount : allocated) {
            source(programme, amount);
        }
        return programme;
    }

    FundingSourceView source(long programme, String allocated) {
        return people.as("admin", () -> funding.pledge(new PledgeFunding(programme, xian(),
                FundingSourceKind.UNION_BUDGET, "预算 " + programme, null, new BigDecimal(allocated))));
    }

    FundingSourceView partnerSource(long programme, String allocated, long partnerUserId) {
        return people.as("admin", () -> funding.pledge(new PledgeFunding(programme, xian(),
                FundingSourceKind.PARTNER, "基金会 " + programme, partnerUserId, new BigDecimal(allocated))));
    }

    ProposePayout cash(long programme, String amount) {
        return command(programme, PayoutKind.CASH, amount, null);
    }

    ProposePayout command(@Nullable Long programme, PayoutKind form, String amount,
                          @Nullable List<FundingShare> split) {
        return new ProposePayout(PayoutSourceType.APPLICATION, freshId(), yanta(), payee(), programme, form,
                new BigDecimal(amount), form == PayoutKind.IN_KIND ? "米面油礼包" : null,
                form == PayoutKind.IN_KIND ? 1 : null, true, split, "测试补助");
    }

    PayoutView propose(ProposePayout command) {
        return people.as("caseworker", () -> payouts.propose(command));
    }

    PayoutView proposeCash(long programme, String amount) {
        return propose(cash(programme, amount));
    }

    PayoutView approve(String admin, long id) {
        return people.as(admin, () -> payouts.approve(id));
    }

    String state(long id) {
        return jdbc.queryForObject("select state from payout where id = ?", String.class, id);
    }

    BigDecimal available(long sourceId) {
        return jdbc.queryForObject("select allocated - committed - paid from funding_source where id = ?",
                BigDecimal.class, sourceId);
    }

    BigDecimal column(long sourceId, String column) {
        return jdbc.queryForObject("select " + column + " from funding_source where id = ?", BigDecimal.class,
                sourceId);
    }

    List<String> auditActions(long payoutId) {
        return jdbc.queryForList("select action from audit_event where entity_type = 'Payout' and entity_id = ? "
                + "order by id", String.class, String.valueOf(payoutId));
    }

    /** A user created for one test (e.g. an ADMIN of another branch). */
    String user(String prefix, String branchCode, Role... roles) {
        String username = prefix + freshId();
        users.create(new CreateUser(username, "test-password-123", username, people.branch(branchCode),
                Set.of(roles), null, null));
        return username;
    }
}
