package org.unionaid.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.shared.security.RunAs;
import org.unionaid.documents.DocumentKind;
import org.unionaid.mutualaid.BenefitBasis;
import org.unionaid.mutualaid.BenefitRule;
import org.unionaid.mutualaid.ClaimView;
import org.unionaid.mutualaid.Claims;
import org.unionaid.mutualaid.CountedAmounts;
import org.unionaid.mutualaid.EnrolStaff;
import org.unionaid.mutualaid.EnrolmentConfirmations;
import org.unionaid.mutualaid.EnrolmentView;
import org.unionaid.mutualaid.Enrolments;
import org.unionaid.mutualaid.FileClaim;
import org.unionaid.mutualaid.MutualAidPlans;
import org.unionaid.mutualaid.PlanDetails;
import org.unionaid.mutualaid.PlanType;
import org.unionaid.mutualaid.PlanView;
import org.unionaid.payouts.BatchView;
import org.unionaid.payouts.DisbursementBatches;
import org.unionaid.payouts.BankResults;
import org.unionaid.payouts.PayoutSourceType;
import org.unionaid.payouts.PayoutView;
import org.unionaid.payouts.Payouts;
import org.unionaid.payouts.PayoutQueries;
import org.unionaid.shared.NationalId;

/**
 * Demo mutual aid: a hospitalisation plan (deductible, rate, caps, with a second rule version) and a critical
 * illness lump-sum plan, both running since about ten months ago; the demo employer (雁塔物流) has enrolled the
 * demo worker 王秀兰 and eight colleagues, confirmed by the Yanta district union; claims in every state, filed by the Yanta caseworker on the members'
 * behalf, reviewed by the demo reviewer, one paid through a bank batch. Idempotent: nothing is added when the
 * hospitalisation plan exists. Runs before the payouts and programmes demo data, so its bank batch holds only
 * the claim's payout.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "unionaid.demo-data", havingValue = "true")
class DemoMutualAid implements ApplicationRunner {

    static final String HOSPITAL_PLAN = "HZ-ZY";
    static final String CRITICAL_PLAN = "HZ-ZJ";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final String[] NAMES = {"赵春梅", "钱立新", "孙国庆", "李秀英", "周建华", "吴海燕", "郑志强", "冯丽娟"};

    private static final Logger log = LoggerFactory.getLogger(DemoMutualAid.class);

    private final MutualAidPlans plans;
    private final Enrolments enrolments;
    private final EnrolmentConfirmations confirmations;
    private final Claims claims;
    private final Payouts payouts;
    private final PayoutQueries payoutQueries;
    private final DisbursementBatches batches;
    private final BankResults bankResults;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    private final DemoAccounts accounts;

    DemoMutualAid(MutualAidPlans plans, Enrolments enrolments, Claims claims, Payouts payouts,
                  PayoutQueries payoutQueries, DisbursementBatches batches, BankResults bankResults,
                  UserDetailsService users, JdbcTemplate jdbc, TransactionTemplate tx, Clock clock,
                  DemoAccounts accounts, EnrolmentConfirmations confirmations) {
        this.accounts = accounts;
        this.confirmations = confirmations;
        this.plans = plans;
        this.enrolments = enrolments;
        this.claims = claims;
        this.payouts = payouts;
        this.payoutQueries = payoutQueries;
        this.batches = batches;
        this.bankResults = bankResults;
        this.users = users;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (plans.findByCode(HOSPITAL_PLAN).isPresent()) {
            return;
        }
        log.info("Loading demo mutual-aid plans, enrolments and claims");
        LocalDate today = LocalDate.now(clock);
        LocalDate termStart = today.minusMonths(10).withDayOfMonth(1);
        LocalDate termEnd = termStart.plusYears(1).minusDays(1);
        PlanView hospital = as("admin", () -> plans.create(new PlanDetails(HOSPITAL_PLAN, "职工住院医疗互助",
                PlanType.HOSPITALISATION, termStart, termEnd, new BigDecimal("60.00"), 30, true),
                new BenefitRule(BenefitBasis.RATE, CountedAmounts.MINUS_BASIC_INSURANCE, new BigDecimal("1000.00"),
                        new BigDecimal("60"), null, new BigDecimal("20000.00"), new BigDecimal("30000.00"), 5, 180)));
        // from the sixth month on: a lower deductible and a higher rate; older stays keep the first version
        as("admin", () -> plans.addRules(hospital.id(), termStart.plusMonths(6), new BenefitRule(BenefitBasis.RATE,
                CountedAmounts.MINUS_BASIC_INSURANCE, new BigDecimal("800.00"), new BigDecimal("65"), null,
                new BigDecimal("20000.00"), new BigDecimal("30000.00"), 5, 180)));
        PlanView critical = as("admin", () -> plans.create(new PlanDetails(CRITICAL_PLAN, "职工重大疾病互助",
                PlanType.CRITICAL_ILLNESS, termStart, termEnd, new BigDecimal("80.00"), 90, true),
                new BenefitRule(BenefitBasis.LUMP_SUM, CountedAmounts.INVOICE_TOTAL, BigDecimal.ZERO, null,
                        new BigDecimal("50000.00"), new BigDecimal("50000.00"), new BigDecimal("50000.00"), 1, 730)));

        List<Long> members = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            List<EnrolStaff> staff = new ArrayList<>();
            staff.add(new EnrolStaff("王秀兰", DemoPeople.DEMO_WORKER_ID, "13891234567", HOSPITAL_PLAN));
            staff.add(new EnrolStaff("王秀兰", DemoPeople.DEMO_WORKER_ID, "13891234567", CRITICAL_PLAN));
            for (int i = 0; i < NAMES.length; i++) {
                String id = nationalId(i);
                staff.add(new EnrolStaff(NAMES[i], id, "1380291" + String.format("%04d", i), HOSPITAL_PLAN));
                if (i % 2 == 0) {
                    staff.add(new EnrolStaff(NAMES[i], id, "1380291" + String.format("%04d", i), CRITICAL_PLAN));
                }
            }
            List<Long> submitted = new ArrayList<>();
            for (EnrolStaff s : staff) {
                EnrolmentView e = as("employer", () -> enrolments.enrol(s));
                submitted.add(e.id());
                if (e.planCode().equals(HOSPITAL_PLAN)) {
                    members.add(e.workerId());
                }
            }
            // the Yanta district union confirmed them
            as("caseworker", () -> confirmations.confirm(submitted));
            // the employer enrolled them the day before the term started: covered for the plan's whole term
            jdbc.update("""
                    update mutualaid_enrolment e set enrolled_on = ?, coverage_start = ?, coverage_end = ?,
                           waiting_ends_on = ? + (select p.waiting_period_days from mutualaid_plan p where p.id = e.plan_id)
                     where e.plan_id in (?, ?)""", termStart.minusDays(1), termStart, termEnd, termStart,
                    hospital.id(), critical.id());
        });

        long wang = members.get(0);
        // one claim in every state, and a member who claims often
        ClaimView paid = file(hospital, wang, today.minusDays(150), 7, "18600.00", "9300.00", "INV-DEMO-0001");
        tx.executeWithoutResult(s -> as("reviewer", () -> claims.approve(paid.id(), null, null)));
        tx.executeWithoutResult(s -> {
            PayoutView payout = as("admin", () -> payoutQueries.liveFor(PayoutSourceType.CLAIM, paid.id())).orElseThrow();
            accounts.ensure(payout.payeeWorkerId());
            as("admin2", () -> payouts.approve(payout.id()));
            BatchView batch = as("admin2", () -> batches.gather());
            as("admin2", () -> batches.send(batch.id()));
            as("admin2", () -> bankResults.importResults(batch.id(), ("reference,status,reason\n" + payout.reference()
                    + ",PAID,\n").getBytes(StandardCharsets.UTF_8)));
        });
        ClaimView approved = file(hospital, members.get(1), today.minusDays(40), 5, "12000.00", "5000.00",
                "INV-DEMO-0002");
        tx.executeWithoutResult(s -> as("reviewer", () -> claims.approve(approved.id(), null, null)));
        ClaimView rejected = file(hospital, members.get(2), today.minusDays(35), 3, "900.00", "300.00",
                "INV-DEMO-0003");
        tx.executeWithoutResult(s -> as("reviewer", () -> claims.reject(rejected.id(),
                "门诊费用不属于住院医疗互助保障范围")));
        ClaimView moreInfo = file(hospital, members.get(3), today.minusDays(25), 4, "8800.00", "4000.00",
                "INV-DEMO-0004");
        tx.executeWithoutResult(s -> {
            as("reviewer", () -> claims.startReview(moreInfo.id()));
            as("reviewer", () -> claims.requestMoreInfo(moreInfo.id(), "请补充出院小结和费用明细清单"));
        });
        ClaimView inReview = file(hospital, members.get(4), today.minusDays(20), 6, "15000.00", "6000.00",
                "INV-DEMO-0005", "INV-DEMO-0001");
        tx.executeWithoutResult(s -> as("reviewer", () -> claims.startReview(inReview.id())));
        file(hospital, members.get(5), today.minusDays(12), 2, "4200.00", "1500.00", "INV-DEMO-0006");
        tx.executeWithoutResult(s -> as("caseworker", () -> claims.file(new FileClaim(hospital.id(), members.get(6),
                today.minusDays(6), today.minusDays(3), "西安市第四医院", "肺炎", new BigDecimal("3600.00"),
                new BigDecimal("1800.00"), new BigDecimal("1800.00"), List.of("INV-DEMO-0007")))));
        for (int i = 0; i < 3; i++) {
            ClaimView frequent = file(hospital, members.get(7), today.minusDays(120 - i * 30L), 3, "5200.00", "2000.00",
                    "INV-DEMO-01" + i);
            tx.executeWithoutResult(s -> as("reviewer", () -> claims.approve(frequent.id(), null, null)));
        }
        ClaimView lumpSum = file(critical, members.get(1), today.minusDays(60), 14, "86000.00", "41000.00",
                "INV-DEMO-0100");
        tx.executeWithoutResult(s -> as("reviewer", () -> claims.approve(lumpSum.id(), null, null)));
    }

    /** Filed and submitted by the Yanta caseworker on the member's behalf, with an invoice and a diagnosis. */
    private ClaimView file(PlanView plan, long workerId, LocalDate admission, int days, String invoiceTotal,
                           String basic, String... invoices) {
        return tx.execute(status -> as("caseworker", () -> {
            BigDecimal total = new BigDecimal(invoiceTotal);
            BigDecimal basicPaid = new BigDecimal(basic);
            ClaimView draft = claims.file(new FileClaim(plan.id(), workerId, admission, admission.plusDays(days),
                    "西安交通大学第一附属医院", plan.code().equals(CRITICAL_PLAN) ? "恶性肿瘤（乳腺癌）" : "腰椎间盘突出症",
                    total, basicPaid, total.subtract(basicPaid), List.of(invoices)));
            claims.attach(draft.id(), DocumentKind.DIAGNOSIS, "诊断证明.pdf", PDF);
            claims.attach(draft.id(), DocumentKind.INVOICE, "住院发票.pdf", PDF);
            return claims.submit(draft.id());
        }));
    }

    /** A valid ID of Yanta district (610113) for the i-th demo colleague; never a generated demo worker's. */
    private static String nationalId(int i) {
        String first17 = "610113" + "1988" + String.format("%02d", i + 1) + "15" + String.format("%03d", 900 + i);
        return first17 + NationalId.checkCharacter(first17);
    }

    private <T> T as(String username, Supplier<T> action) {
        return RunAs.as(users, username, action);
    }
}
