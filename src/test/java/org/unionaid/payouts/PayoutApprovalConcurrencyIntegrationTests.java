package org.unionaid.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.users.Users;

/**
 * Issue 4's concurrency test: 200 PROPOSED payouts against funding that covers only some of them, all approved
 * at once from a thread pool by two ADMINs who proposed none of them. Each payout is co-funded 60/40 by two
 * sources; the second source runs out first, so a refused approval must also give back what it had already
 * committed on the first.
 */
class PayoutApprovalConcurrencyIntegrationTests extends IntegrationTestSupport {

    private static final int PAYOUTS = 200;
    private static final int THREADS = 24;

    @Autowired
    Payouts payouts;
    @Autowired
    Funding funding;
    @Autowired
    People registry;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Users users;

    @Test
    void twoHundredSimultaneousApprovalsNeverOverdrawTheBudgetNorApproveTwice() throws Exception {
        TestPayouts test = new TestPayouts(new TestPeople(registry, userDetails, jdbc), payouts, funding, jdbc, users);
        long programme = TestPayouts.freshId();
        FundingSourceView a = test.source(programme, "7000.00");   // 60 each: fits 116
        FundingSourceView b = test.source(programme, "4000.00");   // 40 each: fits 100 — the binding one
        long payee = test.payee();
        List<Long> ids = new ArrayList<>();
        test.people.as("caseworker", () -> {
            for (int i = 0; i < PAYOUTS; i++) {
                ids.add(payouts.propose(new ProposePayout(PayoutSourceType.APPLICATION, TestPayouts.freshId(),
                        test.yanta(), payee, programme, PayoutKind.CASH, new BigDecimal("100.00"), null, null, true,
                        List.of(new FundingShare(a.id(), new BigDecimal("60.00")),
                                new FundingShare(b.id(), new BigDecimal("40.00"))), "并发测试")).id());
            }
        });
        UserDetails admin = userDetails.loadUserByUsername("admin");
        UserDetails admin2 = userDetails.loadUserByUsername("admin2");

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger approved = new AtomicInteger();
        ConcurrentHashMap<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        long began = System.nanoTime();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            // every payout is approved by both admins at once: a double click across two desks
            for (UserDetails user : List.of(admin, admin2)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    SecurityContextHolder.getContext().setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
                    try {
                        if (payouts.approve(id).state() == PayoutState.APPROVED) {
                            approved.incrementAndGet();
                        }
                    } catch (BusinessRuleException e) {
                        refusals.computeIfAbsent(e.code(), k -> new AtomicInteger()).incrementAndGet();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                    return null;
                }));
            }
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began);

        Long approvedInDb = jdbc.queryForObject("select count(*) from payout where programme_id = ? and state = 'APPROVED'",
                Long.class, programme);
        assertThat(approvedInDb).isEqualTo(100);
        // each payout is finally approved at most once, whatever the number of clicks
        Long approveRows = jdbc.queryForObject("""
                select count(*) from audit_event where entity_type = 'Payout' and action = 'APPROVE'
                   and entity_id in (select cast(id as varchar) from payout where programme_id = ?)""",
                Long.class, programme);
        assertThat(approveRows).isEqualTo(100);
        Long maxPerPayout = jdbc.queryForObject("""
                select coalesce(max(c), 0) from (select count(*) c from audit_event where entity_type = 'Payout'
                   and action = 'APPROVE' and entity_id in (select cast(id as varchar) from payout where programme_id = ?)
                 group by entity_id) x""", Long.class, programme);
        assertThat(maxPerPayout).isEqualTo(1);
        // the budget: never below zero, and exactly allocated minus what was approved
        assertThat(test.available(b.id())).isEqualByComparingTo("0.00");
        assertThat(test.available(a.id())).isEqualByComparingTo("1000.00");
        assertThat(test.column(a.id(), "committed")).isEqualByComparingTo("6000.00");
        assertThat(funding.useOf(programme).available()).isEqualByComparingTo("1000.00");
        // the rest stay PROPOSED and every refusal says why
        assertThat(jdbc.queryForObject("select count(*) from payout where programme_id = ? and state = 'PROPOSED'",
                Long.class, programme)).isEqualTo(100);
        assertThat(refusals.keySet()).containsOnly("payout.funding.insufficient");
        assertThat(refusals.get("payout.funding.insufficient").get()).isGreaterThanOrEqualTo(100);
        assertThat(approved.get()).isGreaterThanOrEqualTo(100);
        assertThat(seconds).isLessThan(30);
    }
}
