package org.unionaid.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionaid.support.SummaryRecounts;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk-loads a provincial deployment's volumes in plain SQL ({@code generate_series}), on top of the demo
 * data: grassroots branches under every district, workers with Chinese names and phones, households and
 * hardship files, leads, programme applications, mutual-aid enrolments and claims, payouts. Scale 1 is a
 * tenth of docs/design.md §7 (200k workers, 20k files, 100k claims, 500k payouts); {@code -Dbench.scale=10} is the
 * full province. Every worker is marked ({@code address = 'bench'}) and only ever added to a throw-away database.
 */
final class BenchData {

    private static final Logger log = LoggerFactory.getLogger(BenchData.class);

    /**
     * Surnames in proportion to China's census (王, 李, 张 about 7% each, 刘 5%, 陈 4.5%, then a long tail): each
     * surname is repeated by its share in per mille / 5, so one row in 200 is one slot.
     */
    private static final String SURNAMES = surnames(new Object[][] {
            {"王", 14}, {"李", 14}, {"张", 14}, {"刘", 11}, {"陈", 9}, {"杨", 6}, {"赵", 4}, {"黄", 4}, {"周", 4},
            {"吴", 4}, {"徐", 3}, {"孙", 3}, {"胡", 3}, {"朱", 3}, {"高", 3}, {"林", 2}, {"何", 2}, {"郭", 2},
            {"马", 2}, {"罗", 2}, {"梁", 2}, {"宋", 2}, {"郑", 2}, {"谢", 2}, {"韩", 2}, {"唐", 2}, {"冯", 2},
            {"于", 2}, {"董", 2}, {"萧", 1}, {"程", 1}, {"曹", 1}, {"袁", 1}, {"邓", 1}, {"许", 1}, {"傅", 1},
            {"沈", 1}, {"曾", 1}, {"彭", 1}, {"吕", 1}, {"苏", 1}, {"卢", 1}, {"蒋", 1}, {"蔡", 1}, {"贾", 1},
            {"丁", 1}, {"魏", 1}, {"薛", 1}, {"叶", 1}, {"阎", 1}, {"余", 1}, {"潘", 1}, {"杜", 1}, {"戴", 1},
            {"夏", 1}, {"钟", 1}, {"汪", 1}, {"田", 1}, {"任", 1}, {"姜", 1}, {"范", 1}, {"方", 1}, {"石", 1},
            {"姚", 1}, {"谭", 1}, {"廖", 1}, {"邹", 1}, {"熊", 1}, {"金", 1}, {"陆", 1}, {"郝", 1}, {"孔", 1},
            {"白", 1}, {"崔", 1}, {"康", 1}, {"毛", 1}, {"邱", 1}, {"秦", 1}, {"江", 1}, {"史", 1}, {"顾", 1},
            {"侯", 1}, {"邵", 1}, {"孟", 1}, {"龙", 1}, {"万", 1}, {"段", 1}, {"雷", 1}, {"钱", 1}, {"汤", 1},
            {"尹", 1}, {"黎", 1}, {"易", 1}, {"常", 1}, {"武", 1}, {"乔", 1}, {"贺", 1}, {"赖", 1}, {"龚", 1},
            {"文", 1}, {"欧阳", 1}, {"上官", 1}});

    private static String surnames(Object[][] shares) {
        StringBuilder array = new StringBuilder("array[");
        for (Object[] share : shares) {
            for (int i = 0; i < (Integer) share[1]; i++) {
                array.append(array.length() > 6 ? "," : "").append('\'').append(share[0]).append('\'');
            }
        }
        return array.append(']').toString();
    }

    private final JdbcTemplate jdbc;
    /** One ciphertext of the application's field cipher, stored in every encrypted column of the bench rows. */
    private final String encrypted;
    final long workers;
    final long files;
    final long leads;
    final long applications;
    final long claims;
    final long payouts;
    final Map<String, Long> loaded = new LinkedHashMap<>();

    BenchData(JdbcTemplate jdbc, double scale, String encrypted) {
        this.jdbc = jdbc;
        this.encrypted = encrypted;
        this.workers = Math.round(200_000 * scale);
        this.files = Math.round(20_000 * scale);
        this.leads = Math.round(50_000 * scale);
        this.applications = Math.round(100_000 * scale);
        this.claims = Math.round(100_000 * scale);
        this.payouts = Math.round(500_000 * scale);
    }

    /** Whether this database already holds bench rows (an external database kept from an earlier run). */
    boolean alreadyLoaded() {
        Boolean any = jdbc.queryForObject("select exists (select 1 from worker where address = 'bench')", Boolean.class);
        if (Boolean.TRUE.equals(any)) {
            loaded.put("workers (loaded by an earlier run)",
                    jdbc.queryForObject("select count(*) from worker where address = 'bench'", Long.class));
            return true;
        }
        return false;
    }

    void load() {
        step("branches", """
                insert into branch (parent_id, code, name, level, path)
                select d.id, 'BENCH-' || d.id || '-' || g, d.name || ' 基层工会 ' || g, 'GRASSROOTS',
                       '/bench-' || d.id || '-' || g || '/'
                  from branch d, generate_series(1, 200) g
                 where d.level = 'DISTRICT'""");
        jdbc.update("update branch c set path = p.path || c.id || '/' from branch p "
                + "where c.parent_id = p.id and c.code like 'BENCH-%'");
        step("workers", """
                with b as (select array_agg(id order by id) ids, count(*) n from branch where code like 'BENCH-%%'),
                     s as (select %s::text[] surnames)
                insert into worker (name, national_id_enc, national_id_hash, national_id_masked, sex, birth_date, phone,
                                    address, employer_name, branch_id, employment_form, worker_type)
                select s.surnames[1 + (i::bigint * 7919) %% array_length(s.surnames, 1)]
                       || (array['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀英','霞','平'])[1 + (i * 13) %% 20]
                       || (array['','华','建','国','红','小','文','志','海','春'])[1 + (i / 7) %% 10],
                       '%s', encode(sha256(('bench-' || i)::bytea), 'hex'),
                       '6101**********' || lpad((i %% 10000)::text, 4, '0'),
                       case when i %% 2 = 0 then 'MALE' else 'FEMALE' end, date '1966-01-01' + (i %% 12000),
                       '1' || (30 + i %% 60) || lpad((i::bigint * 7919 %% 100000000)::text, 8, '0'),
                       'bench', 'bench employer ' || (i %% 5000),
                       -- a few huge unions (a big state enterprise, a city's delivery riders): 15 in 100 workers in 5 of them
                       case when i %% 20 < 3 then b.ids[1 + (i / 20) %% 5] else b.ids[1 + i %% b.n] end,
                       (array['CONTRACT','FLEXIBLE','NEW_FORM'])[1 + i %% 3], (array['URBAN','MIGRANT'])[1 + i %% 2]
                  from generate_series(1, %d) i, b, s""", SURNAMES, encrypted, workers);
        step("households", """
                insert into household (primary_worker_id, annual_disposable_income)
                select id, 12000 + id %% 30000 from worker where address = 'bench' order by id limit %d""", files);
        step("hardship files", """
                with rs as (select min(id) id from eligibility_rule_set),
                     cw as (select id, username from user_account where username = 'caseworker'),
                     h as (select h.id, h.primary_worker_id, w.name, w.branch_id, row_number() over (order by h.id)::int i
                             from household h join worker w on w.id = h.primary_worker_id
                            where w.address = 'bench'),
                     s as (select h.*, (array['DRAFT','IN_REVIEW','PUBLIC_NOTICE','ACTIVE','ACTIVE','ACTIVE','ACTIVE',
                                             'ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE',
                                             'EXITED','MONITORING','CLOSED','CLOSED','CANCELLED'])[1 + i %% 20] state,
                                  (array['DEEP','RELATIVE','ACCIDENT'])[1 + i %% 3] cat from h)
                insert into hardship_file (file_number, primary_worker_id, primary_worker_name, household_id, branch_id, category, filed_category,
                    level, primary_cause, worker_type, origin, household_size, annual_income, rigid_expenditure,
                    per_capita_income, rule_set_id, min_living_standard, suggested_category, reason_key, caseworker_id,
                    caseworker_name, state, filed_on, notice_started_on, notice_ends_on, activated_on, monitoring_ends_on,
                    cancel_reason_code, next_review_due)
                select 'BENCH-' || s.i, s.primary_worker_id, s.name, s.id, s.branch_id, s.cat, s.cat,
                       (array['NATIONAL','PROVINCIAL','CITY'])[1 + s.i %% 3],
                       (array['ILLNESS','DISABILITY','SCHOOLING','DISASTER','ACCIDENT','UNEMPLOYMENT','ENTERPRISE_CLOSURE',
                              'WORK_INJURY','SINGLE_PARENT','OTHER'])[1 + s.i %% 10],
                       'URBAN', 'NEW', 1 + s.i %% 5, 12000 + s.i %% 30000, 0, (12000 + s.i %% 30000) / (1 + s.i %% 5),
                       rs.id, 8760, s.cat, 'bench', cw.id, cw.username, s.state, date '2023-01-01' + (s.i %% 1000),
                       case when s.state = 'PUBLIC_NOTICE' then current_date - 2 end,
                       case when s.state = 'PUBLIC_NOTICE' then current_date + 5 end,
                       case when s.state in ('ACTIVE','EXITED','MONITORING','CLOSED') then date '2023-02-01' + (s.i %% 1000) end,
                       case when s.state = 'MONITORING' then current_date + 100 end,
                       case when s.state = 'CANCELLED' then 'MOVED_AWAY' end,
                       case when s.state = 'ACTIVE' then current_date - 30 + (s.i %% 400) end
                  from s, rs, cw""");
        step("leads", """
                with w as (select id, name, branch_id, phone, row_number() over (order by id)::int i
                             from worker where address = 'bench' order by id limit %d),
                     cw as (select id from user_account where username = 'caseworker'),
                     s as (select w.*, (array['NEW','NEW','ASSIGNED','VERIFYING','FILED','REFERRED','DISMISSED'])[1 + i %% 7] st
                             from w)
                insert into lead (branch_id, source, state, person_name, phone, situation, worker_id, assigned_to_user_id,
                                  outcome_note, duplicate_reason, created_at)
                select s.branch_id, (array['CASEWORKER','VOLUNTEER','SELF_APPLICATION','DATA_MATCH','IMPORT'])[1 + s.i %% 5],
                       s.st, s.name, s.phone, 'bench situation', s.id,
                       case when s.st not in ('NEW','DISMISSED') then cw.id end,
                       case when s.st in ('REFERRED','DISMISSED') then 'bench' end,
                       case when s.i %% 50 = 0 then 'OPEN_LEAD' end,
                       now() - make_interval(mins => (s.i * 37 %% 1000000)::int)
                  from s, cw""", leads);
        step("programme applications", """
                with p as (select array_agg(id order by id) ids, count(*) n from programme),
                     w as (select id, branch_id, row_number() over (order by id)::int i
                             from worker where address = 'bench' order by id limit %d),
                     s as (select w.*, (array['SUBMITTED','SUBMITTED','MORE_INFO_REQUESTED','RECOMMENDED','APPROVED','APPROVED',
                                              'REJECTED','PAID','PAID','WITHDRAWN'])[1 + i %% 10] st from w)
                insert into programme_application (reference, programme_id, worker_id, branch_id, origin, submitted_by, state,
                    eligible, rule_version, amount, checked_at, decision_reason, created_at)
                select 'BENCH-A-' || s.i, p.ids[1 + s.i %% p.n], s.id, s.branch_id,
                       case when s.i %% 3 = 0 then 'NOMINATION' else 'SELF' end, 'bench', s.st, s.i %% 9 <> 0, 1,
                       500 + s.i %% 10 * 100, now(), case when s.st = 'REJECTED' then 'bench' end,
                       now() - make_interval(mins => (s.i * 53 %% 1000000)::int)
                  from s, p""", applications);
        // the mutual-aid summaries' statement triggers (V190) are off while a million rows go in by one statement
        // each, and the summaries are rebuilt from a recount afterwards (what SummaryTablesIntegrationTests checks
        // they always equal): one set-based pass instead of the triggers' per-statement work over 1M-row arrays
        jdbc.execute("alter table mutualaid_enrolment disable trigger mutualaid_enrolment_inserted_trg");
        jdbc.execute("alter table mutualaid_claim disable trigger mutualaid_claim_inserted_trg");
        step("mutual-aid enrolments", """
                with p as (select array_agg(id order by id) ids, count(*) n from mutualaid_plan),
                     u as (select id from user_account where username = 'employer'),
                     w as (select id, branch_id, row_number() over (order by id)::int i
                             from worker where address = 'bench' order by id limit %d)
                insert into mutualaid_enrolment (plan_id, worker_id, employer_branch_id, enrolled_by, enrolled_on,
                    coverage_start, coverage_end, waiting_ends_on, contribution)
                select p.ids[1 + w.i %% p.n], w.id, w.branch_id, u.id, date '2025-12-01', date '2026-01-01',
                       date '2026-12-31', date '2026-01-31', 30
                  from w, p, u""", claims);
        step("mutual-aid claims", """
                with u as (select id from user_account where username = 'employer'),
                     r as (select id from user_account where username = 'reviewer'),
                     e as (select e.*, row_number() over (order by e.id)::int i from mutualaid_enrolment e
                             join worker w on w.id = e.worker_id where w.address = 'bench'),
                     s as (select e.*, (array['DRAFT','SUBMITTED','IN_REVIEW','MORE_INFO_REQUESTED','APPROVED','REJECTED',
                                              'PAID','PAID','PAID','PAID','PAID','PAID','PAID','PAID','PAID','PAID',
                                              'PAID','PAID','REJECTED','SUBMITTED'])[1 + i %% 20] st from e)
                insert into mutualaid_claim (reference, enrolment_id, plan_id, worker_id, branch_id, state, admission_date,
                    discharge_date, hospital, diagnosis_enc, invoice_total, basic_insurance_paid, self_paid, filed_by,
                    submitted_on, approved_amount, decision_reason, decided_by, decided_at)
                select 'BENCH-C-' || s.i, s.id, s.plan_id, s.worker_id, s.employer_branch_id, s.st,
                       date '2026-02-01' + (s.i %% 200), date '2026-02-05' + (s.i %% 200), 'bench hospital', '%s',
                       2000 + s.i %% 20000, 1000, 1000 + s.i %% 20000, u.id,
                       case when s.st <> 'DRAFT' then date '2026-02-10' + (s.i %% 200) end,
                       case when s.st in ('APPROVED','PAID') then 500 + s.i %% 15000 end,
                       case when s.st = 'REJECTED' then 'bench' end,
                       case when s.st in ('APPROVED','PAID','REJECTED') then r.id end,
                       case when s.st in ('APPROVED','PAID','REJECTED') then now() end
                  from s, u, r""", encrypted);
        long rebuilt = System.nanoTime();
        SummaryRecounts.rebuild(jdbc, "mutualaid_claim_total", "mutualaid_claimant_total", "mutualaid_enrolment_total",
                "mutualaid_member_spread");
        jdbc.execute("alter table mutualaid_enrolment enable trigger mutualaid_enrolment_inserted_trg");
        jdbc.execute("alter table mutualaid_claim enable trigger mutualaid_claim_inserted_trg");
        log.info("Rebuilt the mutual-aid summaries in {} ms", (System.nanoTime() - rebuilt) / 1_000_000);
        // the payouts: the largest table (5M rows at scale 10) loads as a bulk load would in production: its
        // secondary indexes are dropped and created again after the insert, the row triggers that keep the scope
        // path and the summaries (queue, state and paid-month totals) are off, the path is written by the insert
        // itself and the summaries are rebuilt by one recount (SummaryRecounts, what SummaryTablesIntegrationTests
        // proves the triggers keep equal); the unique and primary keys stay, as do the foreign keys
        List<String[]> indexes = jdbc.query("""
                select i.indexname, i.indexdef from pg_indexes i
                 where i.tablename = 'payout' and i.schemaname = current_schema()
                   and not exists (select 1 from pg_constraint c where c.conname = i.indexname
                                    and c.conrelid = 'payout'::regclass)""",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)});
        List<String> triggers = List.of("payout_branch_path_trg", "payout_queue_total_trg", "payout_paid_total_ins_trg",
                "payout_state_total_ins_trg");
        long dropped = System.nanoTime();
        for (String[] index : indexes) {
            jdbc.execute("drop index " + index[0]);
        }
        triggers.forEach(t -> jdbc.execute("alter table payout disable trigger " + t));
        log.info("Dropped {} payout indexes in {} ms", indexes.size(), (System.nanoTime() - dropped) / 1_000_000);
        step("payouts", """
                with wb as (select w.id, w.branch_id, b.path, row_number() over (order by w.id)::int rn
                              from worker w join branch b on b.id = w.branch_id where w.address = 'bench'),
                     n as (select count(*) n from wb),
                     p as (select array_agg(id order by id) ids, count(*) n from programme),
                     cw as (select id, username from user_account where username = 'caseworker'),
                     a2 as (select id from user_account where username = 'admin2'),
                     s as (select i, (1 + (i::bigint * 7919) %% n.n)::int rn,
                                  (array['PROPOSED','APPROVED','PAID','PAID','PAID','PAID','PAID','PAID','PAID','PAID',
                                         'PAID','PAID','PAID','PAID','PAID','PAID','REJECTED','CANCELLED','FAILED','PAID'])[1 + i %% 20] st,
                                  (array['APPLICATION','PLAN_MEASURE','CLAIM'])[1 + i %% 3] src
                             from generate_series(1, %d) i, n)
                insert into payout (reference, source_type, source_id, branch_id, branch_path, payee_worker_id, programme_id,
                    form, amount, purpose, state, proposed_by, proposed_by_name, proposed_at, approved_by, approved_at,
                    decision_reason, funding_committed, paid_at)
                select 'BP' || s.i, s.src, 1000000000 + s.i, wb.branch_id, wb.path, wb.id,
                       case when s.src = 'APPLICATION' then p.ids[1 + s.i %% p.n] end, 'CASH', 100 + s.i %% 5000,
                       'bench', s.st, cw.id, cw.username, now() - make_interval(mins => (s.i * 61 %% 1500000)::int),
                       case when s.st in ('APPROVED','PAID','FAILED') then a2.id end,
                       case when s.st in ('APPROVED','PAID','FAILED') then now() end,
                       case when s.st = 'REJECTED' then 'bench' end,
                       s.st in ('APPROVED','PAID'), case when s.st = 'PAID' then now() end
                  from s join wb on wb.rn = s.rn, p, cw, a2""", payouts);
        long indexed = System.nanoTime();
        for (String[] index : indexes) {
            jdbc.execute(index[1]);
        }
        loaded.put("payout indexes created again (" + (System.nanoTime() - indexed) / 1_000_000 + " ms)",
                (long) indexes.size());
        long recounted = System.nanoTime();
        SummaryRecounts.rebuild(jdbc, "payout_queue_total", "payout_state_total", "payout_paid_total");
        triggers.forEach(t -> jdbc.execute("alter table payout enable trigger " + t));
        loaded.put("payout summaries recounted (" + (System.nanoTime() - recounted) / 1_000_000 + " ms)", 3L);
        long started = System.nanoTime();
        // VACUUM too, not only ANALYZE: a freshly loaded table has no visibility map, so the planner prices an
        // index-only scan (the capped counts) as if every row had to be fetched and picks a sequential scan;
        // in production autovacuum keeps the map up to date
        jdbc.execute("vacuum analyze");
        log.info("VACUUM ANALYZE in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void step(String what, String sql, Object... args) {
        long started = System.nanoTime();
        int rows = jdbc.update(sql.formatted(args));
        long ms = (System.nanoTime() - started) / 1_000_000;
        loaded.put(what + " (" + ms + " ms)", (long) rows);
        log.info("Loaded {} {} in {} ms", rows, what, ms);
    }
}
