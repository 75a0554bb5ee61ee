package org.unionaid.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.branches.BranchLevel;
import org.unionaid.branches.Branches;
import org.unionaid.branches.Branches.CreateBranch;
import org.unionaid.branches.BranchView;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.sql.CappedCount;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.users.Users;

/**
 * The payouts lists stay bounded at scale: the scope is on the payout row (kept right when branches move),
 * counts stop at the cap, and the queue totals come from a summary that always equals a recount.
 */
class PayoutListsAtScaleIntegrationTests extends PayoutsTestSupport {

    @Autowired
    Branches branches;

    @Test
    void theQueueTotalsFromTheSummaryEqualARecountAfterAnySequenceOfChanges() {
        long programme = test.programme("1000000.00");
        Random random = new Random(20261202L);
        List<Long> open = new ArrayList<>();
        for (int step = 0; step < 60; step++) {
            int action = open.isEmpty() ? 0 : random.nextInt(6);
            try {
                switch (action) {
                    case 0, 1 -> open.add(proposeAs(random.nextInt(3) == 0 ? "admin" : "caseworker", programme,
                            random.nextInt(2) == 0 ? "300.00" : "15000.00").id());
                    case 2 -> test.approve(random.nextBoolean() ? "admin" : "admin2", pick(open, random));
                    case 3 -> test.people.as("admin2", () -> payouts.reject(pick(open, random), "不符合条件"));
                    case 4 -> test.people.as("admin2", () -> payouts.cancel(pick(open, random), "重复提议"));
                    default -> {
                        long id = pick(open, random);
                        long payee = jdbc.queryForObject("select payee_worker_id from payout where id = ?", Long.class,
                                id);
                        test.people.changeAccount("caseworker", payee, "中国银行", "户名" + step,
                                PayableAccountsIntegrationTests.OTHER_CARD);
                    }
                }
            } catch (BusinessRuleException refusedAsTheRulesSay) {
                // e.g. approving one's own proposal, rejecting an approved payout: the summary must not move
            }
            if (step % 10 == 9) {
                assertTotalsMatchARecount();
            }
        }
        assertTotalsMatchARecount();
    }

    @Test
    void aMovedBranchTakesItsPayoutsAlongInTheScope() {
        BranchView yanta = branches.get(test.yanta());
        BranchView beilin = branches.findByCode("SN-XA-BL");
        BranchView union = test.people.as("sysadmin", () -> branches.create(new CreateBranch(yanta.id(),
                "MV" + TestPayouts.freshId(), "迁移测试工会", null, BranchLevel.GRASSROOTS, null)));
        long programme = test.programme("1000.00");
        ProposePayout command = test.cashTo(programme, "10.00", test.payee());
        PayoutView payout = test.propose(new ProposePayout(command.sourceType(), command.sourceId(), union.id(),
                command.payeeWorkerId(), command.programmeId(), command.form(), command.amount(), null, null, true,
                null, command.purpose()));
        assertThat(pathOf(payout.id())).isEqualTo(branches.get(union.id()).path());

        test.people.as("sysadmin", () -> branches.move(union.id(), beilin.id()));
        String moved = branches.get(union.id()).path();
        assertThat(moved).startsWith(beilin.path());
        assertThat(pathOf(payout.id())).isEqualTo(moved);
        // Yanta's caseworker no longer sees it; the city admin still does
        assertThat(test.people.as("caseworker", () -> payoutQueries.search(PayoutFilter.inState(PayoutState.PROPOSED),
                PageRequest.of(0, 100, org.springframework.data.domain.Sort.by("proposedAt").descending())))
                .getContent()).noneMatch(p -> p.id() == payout.id());
        assertThat(test.people.as("admin", () -> payoutQueries.get(payout.id())).id()).isEqualTo(payout.id());
    }

    @Test
    void listCountsStopAtTheCap() {
        BranchView union = test.people.as("sysadmin", () -> branches.create(new CreateBranch(test.yanta(),
                "CAP" + TestPayouts.freshId(), "计数测试工会", null, BranchLevel.GRASSROOTS, null)));
        long payee = test.payee();
        int rows = CappedCount.CAP + 5;
        long base = TestPayouts.freshId() * 100_000L;
        jdbc.update("""
                insert into payout (reference, source_type, source_id, branch_id, payee_worker_id, form, amount, purpose,
                                    state, proposed_by, proposed_by_name, proposed_at, decision_reason)
                select 'CAP-' || (? + g), 'APPLICATION', ? + g, ?, ?, 'CASH', 1.00, '计数', 'REJECTED', 1, 'bench',
                       timestamp '2020-01-01' + g * interval '1 second', '测试'
                  from generate_series(1, ?) g""", base, base, union.id(), payee, rows);
        PayoutFilter filter = new PayoutFilter(PayoutState.REJECTED, null, null, null, union.id(), null, null);
        Page<PayoutSummary> page = test.people.as("admin", () -> payoutQueries.search(filter, PageRequest.of(0, 25)));
        assertThat(page.getTotalElements()).isEqualTo(CappedCount.CAP + 1);
        assertThat(page.getContent()).hasSize(25);
        // newest first, by the order index, and the names joined for the page's rows only
        assertThat(page.getContent().get(0).reference()).isEqualTo("CAP-" + (base + rows));
        assertThat(page.getContent()).allSatisfy(p -> assertThat(p.branchName()).isEqualTo("计数测试工会"));
        // a narrower filter counts exactly
        PayoutFilter inKind = new PayoutFilter(PayoutState.REJECTED, PayoutKind.IN_KIND, null, null, union.id(), null,
                null);
        assertThat(test.people.as("admin", () -> payoutQueries.search(inKind, PageRequest.of(0, 25))).getTotalElements())
                .isZero();
    }

    private void assertTotalsMatchARecount() {
        for (String admin : List.of("admin", "admin2")) {
            long adminId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, admin);
            QueueTotals totals = test.people.as(admin, () -> payoutQueries.approvalQueueTotals());
            String scope = jdbc.queryForObject("select b.path || '%' from branch b join user_account u"
                    + " on u.branch_id = b.id where u.username = ?", String.class, admin);
            Map<String, Object> recount = jdbc.queryForMap("""
                    select count(*) as n, coalesce(sum(p.amount), 0) as s from payout p join branch b on b.id = p.branch_id
                     where b.path like ? and p.state = 'PROPOSED' and p.proposed_by <> ?
                       and (p.first_approved_by is null or p.first_approved_by <> ?)""", scope, adminId, adminId);
            assertThat(totals.count()).as(admin).isEqualTo(((Number) recount.get("n")).longValue());
            assertThat(totals.sum()).as(admin).isEqualByComparingTo((BigDecimal) recount.get("s"));
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from (
                  select t.branch_id from payout_queue_total t
                    left join (select branch_id, count(*) n, sum(amount) s from payout where state = 'PROPOSED'
                                group by branch_id) r on r.branch_id = t.branch_id
                   where t.proposed <> coalesce(r.n, 0) or t.amount <> coalesce(r.s, 0)
                  union all
                  select r.branch_id from (select branch_id from payout where state = 'PROPOSED' group by branch_id) r
                   where not exists (select 1 from payout_queue_total t where t.branch_id = r.branch_id)) off""",
                Long.class)).isZero();
    }

    private PayoutView proposeAs(String user, long programme, String amount) {
        return test.people.as(user, () -> payouts.propose(test.cash(programme, amount)));
    }

    private static long pick(List<Long> ids, Random random) {
        return ids.get(random.nextInt(ids.size()));
    }

    private String pathOf(long payoutId) {
        return jdbc.queryForObject("select branch_path from payout where id = ?", String.class, payoutId);
    }
}
