package org.unionaid.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

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
import org.unionaid.payouts.BatchView;
import org.unionaid.payouts.DisbursementBatches;
import org.unionaid.payouts.BankResults;
import org.unionaid.payouts.PayoutKind;
import org.unionaid.payouts.PayoutSourceType;
import org.unionaid.payouts.PayoutView;
import org.unionaid.payouts.Payouts;
import org.unionaid.payouts.ProposePayout;
import org.unionaid.shared.time.Times;

/**
 * Demo payouts from the plan measures of the demo hardship files of 雁塔区 (proposed by the demo caseworker,
 * approved by {@code admin} and, above the limit, {@code admin2}), in every state: proposed, awaiting a second
 * approval, approved, rejected, cancelled, in a bank batch, paid through a batch, failed and reissued, and in
 * kind delivered. Not funded from a programme (programme payouts come with the programmes' demo data). Skipped
 * when plan-measure payouts exist already.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "unionaid.demo-data", havingValue = "true")
class DemoPayouts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPayouts.class);

    private final Payouts payouts;
    private final DisbursementBatches batches;
    private final BankResults bankResults;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final DemoAccounts accounts;
    private final Times times;

    DemoPayouts(Payouts payouts, DisbursementBatches batches, BankResults bankResults, UserDetailsService users,
                JdbcTemplate jdbc, DemoAccounts accounts, Times times) {
        this.accounts = accounts;
        this.times = times;
        this.payouts = payouts;
        this.batches = batches;
        this.bankResults = bankResults;
        this.users = users;
        this.jdbc = jdbc;
    }

    private record Measure(long id, long workerId, long branchId) {
    }

    @Override
    public void run(ApplicationArguments args) {
        Long existing = jdbc.queryForObject("select count(*) from payout where source_type = 'PLAN_MEASURE'",
                Long.class);
        if (existing != null && existing > 0) {
            return;
        }
        List<Measure> measures = jdbc.query("""
                select m.id, f.primary_worker_id, f.branch_id from assistance_measure m
                  join hardship_file f on f.id = m.file_id join branch b on b.id = f.branch_id
                 where b.path like (select path || '%' from branch where code = ?)
                 order by m.id""", (rs, i) -> new Measure(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                DemoBranches.DISTRICT_YANTA);
        if (measures.size() < 11) {
            log.info("Not enough demo plan measures for demo payouts ({})", measures.size());
            return;
        }
        Iterator<Measure> next = measures.iterator();
        // paid through a bank batch, and one failed and reissued
        PayoutView paid1 = approved(cash(next.next(), "800.00", "生活救助（1月）"));
        PayoutView paid2 = approved(cash(next.next(), "1200.00", "医疗救助：住院自付部分"));
        PayoutView failed = approved(cash(next.next(), "500.00", "生活救助（1月）"));
        BatchView settledBatch = as("admin", batches::gather);
        as("admin", () -> batches.send(settledBatch.id()));
        String results = "reference,status,reason\n" + paid1.reference() + ",PAID,\n" + paid2.reference()
                + ",PAID,\n" + failed.reference() + ",FAILED,账户已销户\n";
        as("admin", () -> bankResults.importResults(settledBatch.id(), results.getBytes(StandardCharsets.UTF_8)));
        as("admin", () -> payouts.reissue(failed.id()));
        // still at the bank
        approved(cash(next.next(), "650.00", "助学补助：高中学杂费"));
        BatchView atTheBank = as("admin", batches::gather);
        as("admin", () -> batches.send(atTheBank.id()));
        // waiting: proposed, and above the limit with a first approval only
        propose(cash(next.next(), "600.00", "临时救助：医药费"));
        PayoutView big = propose(cash(next.next(), "12000.00", "大病救助：手术费用"));
        as("admin", () -> payouts.approve(big.id()));
        // decided
        approved(cash(next.next(), "900.00", "生活救助（2月）"));
        PayoutView rejected = propose(cash(next.next(), "3000.00", "就业培训补贴"));
        as("admin", () -> payouts.reject(rejected.id(), "培训机构不在补贴目录内，请改报其他课程。"));
        PayoutView cancelled = approved(cash(next.next(), "400.00", "交通补贴"));
        as("admin", () -> payouts.cancel(cancelled.id(), "与社区救助重复，撤销。"));
        // in kind: one delivered, one waiting for delivery
        PayoutView delivered = approved(inKind(next.next(), "米面油礼包", 1, "500.00", "送温暖慰问品"));
        as("caseworker", () -> payouts.markDelivered(delivered.id(), times.today().minusDays(2), "雁塔区工会 张伟"));
        approved(inKind(next.next(), "冬季棉被", 2, "360.00", "送温暖慰问品"));
        log.info("Loaded demo payouts from plan measures");
    }

    private ProposePayout cash(Measure m, String amount, String purpose) {
        return new ProposePayout(PayoutSourceType.PLAN_MEASURE, m.id(), m.branchId(), m.workerId(), null,
                PayoutKind.CASH, new BigDecimal(amount), null, null, true, null, purpose);
    }

    private ProposePayout inKind(Measure m, String item, int quantity, String value, String purpose) {
        return new ProposePayout(PayoutSourceType.PLAN_MEASURE, m.id(), m.branchId(), m.workerId(), null,
                PayoutKind.IN_KIND, new BigDecimal(value), item, quantity, true, null, purpose);
    }

    private PayoutView propose(ProposePayout command) {
        accounts.ensure(command.payeeWorkerId());
        return as("caseworker", () -> payouts.propose(command));
    }

    private PayoutView approved(ProposePayout command) {
        PayoutView proposed = propose(command);
        return as("admin", () -> payouts.approve(proposed.id()));
    }

    private <T> T as(String username, Supplier<T> action) {
        return RunAs.as(users, username, action);
    }
}
