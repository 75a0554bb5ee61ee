package org.unionaid.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.branches.Branches;
import org.unionaid.branches.BranchView;
import org.unionaid.mutualaid.ClaimState;
import org.unionaid.mutualaid.MutualAidStatistics;
import org.unionaid.mutualaid.StatisticsView;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.SignedIn;
import org.unionaid.support.SummaryRecounts;

/**
 * Every summary table (V182, V190–V192) equals a full recount over its base table after a random sequence of
 * changes (property test: single-row and multi-row inserts, updates of state, amount, branch, plan, worker and
 * payment date, deletes, a branch move), and the statistics page's figures equal the old aggregate queries over
 * the claims and enrolments. Everything runs in one transaction that is rolled back, so the shared test database
 * is left as it was. The seed is printed; {@code -Dsummaries.seed=} replays a run.
 */
class SummaryTablesIntegrationTests extends IntegrationTestSupport {

    static final Map<String, String[]> SUMMARIES = SummaryRecounts.SUMMARIES;

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MutualAidStatistics statistics;
    @Autowired
    Branches branches;
    @Autowired
    UserDetailsService userDetails;
    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager entityManager;

    @Test
    void everySummaryEqualsAFullRecountAfterARandomSequenceOfChanges() {
        long seed = Long.getLong("summaries.seed", System.nanoTime());
        System.out.println("SummaryTablesIntegrationTests seed: " + seed + " (replay with -Dsummaries.seed=" + seed + ")");
        Random random = new Random(seed);
        inRolledBackTransaction(() -> {
            assertSummariesMatchARecount("before any change");
            Fixture f = new Fixture(random);
            for (int step = 0; step < 120; step++) {
                String what = f.randomChange(step);
                if (step % 20 == 19) {
                    assertSummariesMatchARecount("step " + step + " (" + what + "), seed " + seed);
                    assertStatisticsMatchTheAggregates(f, "step " + step + ", seed " + seed);
                }
            }
            BranchView moved = branches.get(f.branches.get(0));
            long otherParent = jdbc.queryForObject("select id from branch where level = 'DISTRICT' and id <> ? "
                    + "order by id limit 1", Long.class, moved.parentId());
            SignedIn.as(userDetails, "sysadmin", () -> branches.move(moved.id(), otherParent));
            entityManager.flush(); // the move's own row is written at commit, which this rolled-back test never reaches
            f.randomChange(1000);
            assertSummariesMatchARecount("after a branch move, seed " + seed);
            assertStatisticsMatchTheAggregates(f, "after a branch move, seed " + seed);
            // started with another unionaid.time-zone, the application rebuilds the months (PaidTotalsZone)
            jdbc.queryForList("select payout_paid_total_rebuild('UTC')");
            f.copyPaidPayoutInto(f.branches.get(1), "77.00");
            assertSummariesMatchARecount("after a rebuild in UTC, seed " + seed);
        });
    }

    @Test
    void theStatisticsAndTheDashboardShowTheFiguresOfAKnownSetOfRows() {
        inRolledBackTransaction(() -> {
            Fixture f = new Fixture(new Random(7));
            long union = f.newBranch("SN-XA-YT");
            long other = f.newBranch("SN-XA-YT");
            long plan = f.newPlan();
            long wang = f.newWorker("王统计", union);
            long li = f.newWorker("李统计", union);
            long zhao = f.newWorker("赵统计", other);
            // zhao is enrolled by both unions (two plans): one member of the district, one of each union
            long plan2 = f.newPlan();
            long eWang = f.enrol(plan, wang, union, "30.00");
            long eLi = f.enrol(plan, li, union, "30.00");
            long eZhao = f.enrol(plan, zhao, other, "30.00");
            f.enrol(plan2, zhao, union, "12.00");
            f.claim(eWang, "PAID", "8000.00");
            f.claim(eWang, "PAID", "4000.00");
            f.claim(eWang, "SUBMITTED", null);
            f.claim(eLi, "APPROVED", "15000.00");
            f.claim(eLi, "DRAFT", null);
            f.claim(eZhao, "REJECTED", null);

            StatisticsView s = SignedIn.as(userDetails, "reviewer", () -> statistics.of(plan, union, null));
            assertThat(s.members()).isEqualTo(2);
            assertThat(s.contributions()).isEqualByComparingTo("60.00");
            assertThat(s.claims()).isEqualTo(4);
            assertThat(s.claimsByState()).containsEntry(ClaimState.PAID, 2L).containsEntry(ClaimState.APPROVED, 1L)
                    .containsEntry(ClaimState.SUBMITTED, 1L).containsEntry(ClaimState.DRAFT, 1L)
                    .containsEntry(ClaimState.REJECTED, 0L);
            assertThat(s.approvedTotal()).isEqualByComparingTo("27000.00");
            assertThat(s.paidTotal()).isEqualByComparingTo("12000.00");
            assertThat(s.paidClaims()).isEqualTo(2);
            assertThat(s.largestBenefit()).isEqualByComparingTo("15000.00");
            assertThat(s.membersOverThreshold()).isEqualTo(2);
            assertThat(s.topClaimants()).extracting(StatisticsView.MemberClaims::workerName,
                    StatisticsView.MemberClaims::claims).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("王统计", 3L), org.assertj.core.groups.Tuple.tuple("李统计", 1L));
            assertThat(s.topClaimants().get(0).granted()).isEqualByComparingTo("12000.00");
            assertThat(s.topClaimants().get(0).branchName()).isEqualTo(branches.get(union).name());

            // every plan, the district: zhao counts once although two unions enrolled him
            StatisticsView district = SignedIn.as(userDetails, "reviewer", () -> statistics.of(null,
                    branches.get(union).parentId(), new BigDecimal("11000")));
            StatisticsView both = SignedIn.as(userDetails, "reviewer", () -> statistics.of(null, union, null));
            assertThat(both.members()).isEqualTo(3);
            assertThat(both.contributions()).isEqualByComparingTo("72.00");
            assertThat(district.membersOverThreshold()).isEqualTo(
                    f.membersOverInDatabase(branches.get(union).parentId(), null, new BigDecimal("11000")));
            // zhao's claim moves to the union too: his rows are now in one branch of the district
            jdbc.update("update mutualaid_claim set branch_id = ? where enrolment_id = ?", union, eZhao);
            StatisticsView moved = SignedIn.as(userDetails, "reviewer", () -> statistics.of(plan, union, null));
            assertThat(moved.claimsByState()).containsEntry(ClaimState.REJECTED, 1L);
            assertThat(moved.claims()).isEqualTo(5);

            // the page shows them
            try {
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                                .get("/mutualaid/statistics").param("planId", String.valueOf(plan))
                                .param("branchId", String.valueOf(union))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername("reviewer"))))
                        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                                .string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("王统计"),
                                        org.hamcrest.Matchers.containsString("李统计"),
                                        org.hamcrest.Matchers.containsString("27,000.00"),
                                        org.hamcrest.Matchers.containsString("15,000.00"))));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }

            // the dashboard of Yanta's caseworker: two more NEW leads, one more ACTIVE file, a payment this month
            var before = SignedIn.as(userDetails, "caseworker", () -> dashboardView());
            f.newLead(union, "NEW");
            f.newLead(other, "NEW");
            f.newLead(union, "FILED");
            f.copyFileInto(union, "ACTIVE");
            BigDecimal paidBefore = before.paid().total();
            f.copyPaidPayoutInto(union, "321.00");
            var after = SignedIn.as(userDetails, "caseworker", () -> dashboardView());
            assertThat(after.openLeads().get(org.unionaid.hardship.LeadState.NEW))
                    .isEqualTo(before.openLeads().get(org.unionaid.hardship.LeadState.NEW) + 2);
            assertThat(after.activeFiles().values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(before.activeFiles().values().stream().mapToLong(Long::longValue).sum() + 1);
            assertThat(after.paid().total()).isEqualByComparingTo(paidBefore.add(new BigDecimal("321.00")));
            assertSummariesMatchARecount("known rows");
        });
    }

    @Autowired
    org.unionaid.dashboard.Dashboard dashboard;

    private org.unionaid.dashboard.DashboardView dashboardView() {
        return dashboard.forCurrentUser();
    }

    private void inRolledBackTransaction(Runnable body) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            try {
                body.run();
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    void assertSummariesMatchARecount(String when) {
        SUMMARIES.forEach((table, sql) -> {
            List<Map<String, Object>> extra = jdbc.queryForList("(" + sql[0] + ") except all (" + sql[1] + ")");
            List<Map<String, Object>> missing = jdbc.queryForList("(" + sql[1] + ") except all (" + sql[0] + ")");
            assertThat(extra).as(table + " rows not in the recount, " + when).isEmpty();
            assertThat(missing).as(table + " recounted rows missing, " + when).isEmpty();
        });
        assertThat(jdbc.queryForObject("select count(*) from mutualaid_claim_total where claims = 0 "
                + "and (approved <> 0 or largest is not null)", Long.class)).as("empty claim keys, " + when).isZero();
    }

    /** The statistics facade against the aggregate queries it replaced, for a few scopes, plans and thresholds. */
    private void assertStatisticsMatchTheAggregates(Fixture f, String when) {
        List<Long> scopes = new ArrayList<>();
        scopes.add(null);
        scopes.add(f.branches.get(0));
        scopes.add(branches.get(f.branches.get(1)).parentId());
        List<Long> plans = new ArrayList<>();
        plans.add(null);
        plans.addAll(f.plans);
        for (Long branch : scopes) {
            for (Long plan : plans) {
                for (BigDecimal threshold : List.of(new BigDecimal("500"), MutualAidStatistics.DEFAULT_THRESHOLD)) {
                    StatisticsView s = SignedIn.as(userDetails, "reviewer", () -> statistics.of(plan, branch, threshold));
                    String at = when + ", branch " + branch + ", plan " + plan + ", threshold " + threshold;
                    Map<String, Object> expected = f.aggregates(branch, plan);
                    assertThat(s.members()).as("members, " + at).isEqualTo(((Number) expected.get("members")).longValue());
                    assertThat(s.contributions()).as("contributions, " + at)
                            .isEqualByComparingTo((BigDecimal) expected.get("contributions"));
                    assertThat(s.claims()).as("claims, " + at).isEqualTo(((Number) expected.get("claims")).longValue());
                    assertThat(s.approvedTotal()).as("approved, " + at)
                            .isEqualByComparingTo((BigDecimal) expected.get("approved"));
                    assertThat(s.paidTotal()).as("paid, " + at).isEqualByComparingTo((BigDecimal) expected.get("paid"));
                    assertThat(s.largestBenefit()).as("largest, " + at)
                            .isEqualByComparingTo((BigDecimal) expected.get("largest"));
                    assertThat(s.claimsByState()).as("by state, " + at).isEqualTo(f.byState(branch, plan));
                    assertThat(s.membersOverThreshold()).as("over, " + at)
                            .isEqualTo(f.membersOverInDatabase(branch, plan, threshold));
                    assertThat(s.topClaimants().stream().map(m -> m.workerId() + ":" + m.claims() + ":"
                            + m.granted().stripTrailingZeros().toPlainString()).toList()).as("top, " + at)
                            .isEqualTo(f.topInDatabase(branch, plan));
                }
            }
        }
    }

    /** Rows of this test and random changes to them and to the rows already there. */
    final class Fixture {

        final Random random;
        final List<Long> branches = new ArrayList<>();
        final List<Long> plans = new ArrayList<>();
        final List<Long> workers = new ArrayList<>();
        final List<Long> enrolments = new ArrayList<>();
        final List<Long> claims = new ArrayList<>();
        final List<Long> leads = new ArrayList<>();
        final List<Long> payouts = new ArrayList<>();
        final List<Long> files = new ArrayList<>();
        final long user;

        Fixture(Random random) {
            this.random = random;
            this.user = jdbc.queryForObject("select id from user_account where username = 'employer'", Long.class);
        }

        String scope(Long branch) {
            long b = branch != null ? branch : jdbc.queryForObject("select u.branch_id from user_account u "
                    + "where u.username = 'reviewer'", Long.class);
            return jdbc.queryForObject("select path || '%' from branch where id = ?", String.class, b);
        }

        long newBranch(String parentCode) {
            String code = "SUM-" + UUID.randomUUID().toString().substring(0, 8);
            long id = jdbc.queryForObject("insert into branch (parent_id, code, name, level, path) select id, ?, ?, "
                    + "'GRASSROOTS', path || ? || '/' from branch where code = ? returning id", Long.class, code,
                    "汇总测试工会 " + code, code, parentCode);
            branches.add(id);
            return id;
        }

        long newPlan() {
            String code = "SUM-" + UUID.randomUUID().toString().substring(0, 8);
            long id = jdbc.queryForObject("insert into mutualaid_plan (code, name, type, term_start, term_end, "
                    + "contribution, waiting_period_days) values (?, ?, 'HOSPITALISATION', date '2026-01-01', "
                    + "date '2026-12-31', 30, 0) returning id", Long.class, code, "汇总测试 " + code);
            plans.add(id);
            return id;
        }

        long newWorker(String name, long branch) {
            String key = UUID.randomUUID().toString();
            long id = jdbc.queryForObject("""
                    insert into worker (name, national_id_enc, national_id_hash, national_id_masked, sex, birth_date,
                                        address, employer_name, branch_id, employment_form, worker_type)
                    values (?, 'x', ?, '6101**********0000', 'MALE', date '1980-01-01', 'summaries test', 'test', ?,
                            'CONTRACT', 'URBAN') returning id""", Long.class, name, key, branch);
            workers.add(id);
            return id;
        }

        long enrol(long plan, long worker, long branch, String contribution) {
            long id = jdbc.queryForObject("""
                    insert into mutualaid_enrolment (plan_id, worker_id, employer_branch_id, enrolled_by, enrolled_on,
                        coverage_start, coverage_end, waiting_ends_on, contribution)
                    values (?, ?, ?, ?, date '2025-12-01', date '2026-01-01', date '2026-12-31', date '2026-01-01', ?)
                    returning id""", Long.class, plan, worker, branch, user, new BigDecimal(contribution));
            enrolments.add(id);
            return id;
        }

        long claim(long enrolment, String state, String amount) {
            long id = jdbc.queryForObject("""
                    insert into mutualaid_claim (reference, enrolment_id, plan_id, worker_id, branch_id, state,
                        admission_date, discharge_date, hospital, diagnosis_enc, invoice_total, basic_insurance_paid,
                        self_paid, filed_by, submitted_on, approved_amount, decision_reason)
                    select ?, e.id, e.plan_id, e.worker_id, e.employer_branch_id, ?, date '2026-03-01',
                           date '2026-03-05', 'test hospital', 'x', 1000, 0, 1000, ?,
                           case when ? <> 'DRAFT' then date '2026-03-10' end, ?::numeric,
                           case when ? = 'REJECTED' then 'test' end
                      from mutualaid_enrolment e where e.id = ? returning id""", Long.class,
                    "SUM-" + UUID.randomUUID().toString().substring(0, 12), state, user, state,
                    amount == null ? null : new BigDecimal(amount), state, enrolment);
            claims.add(id);
            return id;
        }

        long newLead(long branch, String state) {
            long id = jdbc.queryForObject("insert into lead (branch_id, source, state, person_name, situation, "
                    + "assigned_to_user_id, outcome_note) values (?, 'IMPORT', ?, '汇总测试', 'test', ?, 'test') "
                    + "returning id", Long.class, branch, state, user);
            leads.add(id);
            return id;
        }

        /** A copy of some file (closed, so no open-household rule applies) into the branch, in the state. */
        long copyFileInto(long branch, String state) {
            long source = jdbc.queryForObject("select id from hardship_file order by random() limit 1", Long.class);
            long worker = newWorker("汇总档案", branch);
            long household = jdbc.queryForObject("insert into household (primary_worker_id, annual_disposable_income) "
                    + "values (?, 12000) returning id", Long.class, worker);
            long id = copy("hardship_file", source, Map.of("file_number", "'S' || substr(md5(random()::text), 1, 15)",
                    "branch_id", String.valueOf(branch), "state", "'CLOSED'", "household_id", String.valueOf(household),
                    "primary_worker_id", String.valueOf(worker)));
            jdbc.update("update hardship_file set state = ?, category = ? where id = ?", state,
                    List.of("DEEP", "RELATIVE", "ACCIDENT").get(random.nextInt(3)), id);
            files.add(id);
            return id;
        }

        /** The PAID payout copies are made of; the random steps never fail it, so there always is one. */
        private Long paidTemplate;

        long paidTemplate() {
            if (paidTemplate == null) {
                paidTemplate = jdbc.queryForObject("select id from payout where state = 'PAID' order by id limit 1",
                        Long.class);
            }
            return paidTemplate;
        }

        long copyPaidPayoutInto(long branch, String amount) {
            long source = paidTemplate();
            long id = copy("payout", source, Map.of("reference", "'S' || substr(md5(random()::text), 1, 15)", "source_id",
                    "source_id + 900000000 + " + random.nextInt(1_000_000), "branch_id", String.valueOf(branch),
                    "amount", amount, "paid_at", "now()"));
            payouts.add(id);
            return id;
        }

        /** Inserts a copy of a row with some columns replaced by SQL expressions; returns the new id. */
        long copy(String table, long id, Map<String, String> replaced) {
            List<String> columns = jdbc.queryForList("select column_name from information_schema.columns "
                    + "where table_name = ? and table_schema = current_schema() and column_name not in ('id', "
                    + "'branch_path') and is_generated = 'NEVER' order by ordinal_position", String.class, table);
            String values = columns.stream().map(c -> replaced.getOrDefault(c, c)).collect(Collectors.joining(", "));
            return jdbc.queryForObject("insert into " + table + " (" + String.join(", ", columns) + ") select "
                    + values + " from " + table + " where id = ? returning id", Long.class, id);
        }

        <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        String randomChange(int step) {
            if (branches.size() < 3) {
                newBranch("SN-XA-YT");
                newBranch("SN-XA-BL");
                newBranch("SN-BJ-WB");
                newPlan();
                newPlan();
                for (int i = 0; i < 6; i++) {
                    newWorker("汇总" + i, pick(branches));
                }
                return "fixture";
            }
            List<String> states = List.of("DRAFT", "SUBMITTED", "IN_REVIEW", "MORE_INFO_REQUESTED", "APPROVED",
                    "REJECTED", "PAID");
            int action = random.nextInt(16);
            switch (action) {
                case 0 -> {
                    long worker = pick(workers);
                    long plan = pick(plans);
                    if (jdbc.queryForObject("select count(*) from mutualaid_enrolment where plan_id = ? and worker_id = ?",
                            Long.class, plan, worker) == 0) {
                        enrol(plan, worker, pick(branches), random.nextBoolean() ? "30.00" : "12.50");
                    }
                    return "enrol";
                }
                case 1, 2 -> {
                    if (enrolments.isEmpty()) {
                        return "nothing";
                    }
                    String state = pick(states);
                    boolean approved = state.equals("APPROVED") || state.equals("PAID");
                    claim(pick(enrolments), state, approved ? String.valueOf(100 + random.nextInt(20_000)) : null);
                    return "claim";
                }
                case 3 -> {
                    if (claims.isEmpty()) {
                        return "nothing";
                    }
                    String state = pick(states);
                    boolean approved = state.equals("APPROVED") || state.equals("PAID");
                    jdbc.update("update mutualaid_claim set state = ?, approved_amount = ?, decision_reason = "
                            + "coalesce(decision_reason, 'test') where id = ?", state,
                            approved ? new BigDecimal(100 + random.nextInt(20_000)) : null, pick(claims));
                    return "claim state";
                }
                case 4 -> {
                    // several claims at once, one statement: approved ones paid, others to a branch
                    jdbc.update("update mutualaid_claim set state = 'PAID' where state = 'APPROVED' and id = any(?)",
                            (Object) claims.toArray(Long[]::new));
                    if (!claims.isEmpty()) {
                        jdbc.update("update mutualaid_claim set branch_id = ? where id in (?, ?)", pick(branches),
                                pick(claims), pick(claims));
                    }
                    return "claims in bulk";
                }
                case 5 -> {
                    if (enrolments.isEmpty()) {
                        return "nothing";
                    }
                    long e = pick(enrolments);
                    // moved, and submitted again or confirmed (only confirmed enrolments count, V233)
                    String status = random.nextInt(3) == 0 ? "SUBMITTED" : "CONFIRMED";
                    jdbc.update("update mutualaid_enrolment set employer_branch_id = ?, contribution = contribution + 1, "
                            + "status = ? where id = ?", pick(branches), status, e);
                    return "enrolment moved, " + status;
                }
                case 6 -> {
                    if (claims.isEmpty()) {
                        return "nothing";
                    }
                    long c = claims.remove(random.nextInt(claims.size()));
                    jdbc.update("delete from mutualaid_claim where id = ?", c);
                    return "claim deleted";
                }
                case 7 -> {
                    long e = enrolments.isEmpty() ? -1 : pick(enrolments);
                    if (e > 0 && jdbc.queryForObject("select count(*) from mutualaid_claim where enrolment_id = ?",
                            Long.class, e) == 0) {
                        enrolments.remove(e);
                        jdbc.update("delete from mutualaid_enrolment where id = ?", e);
                    }
                    return "enrolment deleted";
                }
                case 8 -> {
                    newLead(pick(branches), List.of("NEW", "ASSIGNED", "VERIFYING", "FILED", "DISMISSED")
                            .get(random.nextInt(5)));
                    jdbc.update("insert into lead (branch_id, source, state, person_name, situation) "
                            + "select branch_id, source, 'NEW', person_name, situation from lead "
                            + "where id = any(?)", (Object) leads.toArray(Long[]::new));
                    return "leads";
                }
                case 9 -> {
                    jdbc.update("update lead set state = ?, branch_id = ?, assigned_to_user_id = ?, "
                            + "outcome_note = 'test' where id = (select id from lead order by random() limit 1)",
                            List.of("ASSIGNED", "VERIFYING", "FILED", "REFERRED", "DISMISSED").get(random.nextInt(5)),
                            pick(branches), user);
                    return "lead state";
                }
                case 10 -> {
                    if (!leads.isEmpty()) {
                        long l = leads.remove(random.nextInt(leads.size()));
                        jdbc.update("delete from lead where id = ? and not exists (select 1 from lead d "
                                + "where d.duplicate_of_lead_id = ?) and not exists (select 1 from verification_visit v "
                                + "where v.lead_id = ?)", l, l, l);
                    }
                    return "lead deleted";
                }
                case 11 -> {
                    copyFileInto(pick(branches), List.of("ACTIVE", "EXITED", "CLOSED").get(random.nextInt(3)));
                    return "file";
                }
                case 12 -> {
                    jdbc.update("update hardship_file set category = ?, branch_id = ? where id = "
                            + "(select id from hardship_file order by random() limit 1)",
                            List.of("DEEP", "RELATIVE", "ACCIDENT").get(random.nextInt(3)), pick(branches));
                    if (!files.isEmpty()) {
                        long file = files.remove(random.nextInt(files.size()));
                        jdbc.update("delete from hardship_file where id = ?", file);
                    }
                    return "file changed";
                }
                case 13 -> {
                    copyPaidPayoutInto(pick(branches), String.valueOf(1 + random.nextInt(3000)));
                    return "payout";
                }
                case 14 -> {
                    // a payment a month earlier, an amount, a branch, a failure: one statement each
                    jdbc.update("update payout set paid_at = paid_at - interval '40 days' where id = "
                            + "(select id from payout where state = 'PAID' order by random() limit 1)");
                    jdbc.update("update payout set amount = amount + 1, branch_id = ? where id = "
                            + "(select id from payout order by random() limit 1)", pick(branches));
                    jdbc.update("update payout set state = 'FAILED' where id = "
                            + "(select id from payout where state = 'PAID' and id <> ? order by random() limit 1)",
                            paidTemplate());
                    return "payouts changed";
                }
                default -> {
                    if (!payouts.isEmpty()) {
                        long p = payouts.remove(random.nextInt(payouts.size()));
                        jdbc.update("delete from payout where id = ?", p);
                    }
                    jdbc.update("update mutualaid_claim set worker_id = ? where id = "
                            + "(select id from mutualaid_claim order by random() limit 1)", pick(workers));
                    return "payout deleted, claim of another worker";
                }
            }
        }

        // ---- the aggregate queries MutualAidStatistics used before the summaries (the reference) ----

        Map<String, Object> aggregates(Long branch, Long plan) {
            String scope = scope(branch);
            String planE = plan == null ? "" : " and e.plan_id = " + plan;
            String planC = plan == null ? "" : " and c.plan_id = " + plan;
            Map<String, Object> result = new LinkedHashMap<>(jdbc.queryForMap("""
                    select count(distinct e.worker_id) members, coalesce(sum(e.contribution), 0) contributions
                      from mutualaid_enrolment e join branch b on b.id = e.employer_branch_id
                     where b.path like ? and e.status = 'CONFIRMED'""" + planE, scope));
            result.putAll(jdbc.queryForMap("""
                    select coalesce(sum(c.approved_amount) filter (where c.state in ('APPROVED', 'PAID')), 0) approved,
                           coalesce(sum(c.approved_amount) filter (where c.state = 'PAID'), 0) paid,
                           coalesce(max(c.approved_amount) filter (where c.state in ('APPROVED', 'PAID')), 0) largest,
                           count(*) filter (where c.state <> 'DRAFT') claims
                      from mutualaid_claim c join branch b on b.id = c.branch_id where b.path like ?""" + planC, scope));
            return result;
        }

        Map<ClaimState, Long> byState(Long branch, Long plan) {
            Map<ClaimState, Long> result = new java.util.EnumMap<>(ClaimState.class);
            for (ClaimState s : ClaimState.values()) {
                result.put(s, 0L);
            }
            jdbc.query("select c.state, count(*) n from mutualaid_claim c join branch b on b.id = c.branch_id "
                    + "where b.path like ?" + (plan == null ? "" : " and c.plan_id = " + plan) + " group by c.state",
                    rs -> {
                        result.put(ClaimState.valueOf(rs.getString(1)), rs.getLong(2));
                    }, scope(branch));
            return result;
        }

        long membersOverInDatabase(Long branch, Long plan, BigDecimal threshold) {
            return jdbc.queryForObject("""
                    select count(*) from (select c.worker_id from mutualaid_claim c join branch b on b.id = c.branch_id
                     where b.path like ?""" + (plan == null ? "" : " and c.plan_id = " + plan) + " " + """
                     and c.state in ('APPROVED', 'PAID') group by c.worker_id having sum(c.approved_amount) > ?) t""",
                    Long.class, scope(branch), threshold);
        }

        List<String> topInDatabase(Long branch, Long plan) {
            return jdbc.query("""
                    select c.worker_id, count(*) n,
                           coalesce(sum(c.approved_amount) filter (where c.state in ('APPROVED', 'PAID')), 0) granted
                      from mutualaid_claim c join branch b on b.id = c.branch_id
                     where b.path like ?""" + (plan == null ? "" : " and c.plan_id = " + plan) + " " + """
                     and c.state <> 'DRAFT' group by c.worker_id order by n desc, granted desc, c.worker_id limit 20""",
                    (rs, i) -> rs.getLong(1) + ":" + rs.getLong(2) + ":"
                            + rs.getBigDecimal(3).stripTrailingZeros().toPlainString(), scope(branch));
        }
    }
}
