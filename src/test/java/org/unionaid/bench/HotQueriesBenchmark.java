package org.unionaid.bench;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.dashboard.Dashboard;
import org.unionaid.hardship.HardshipCategory;
import org.unionaid.hardship.HardshipFileFilter;
import org.unionaid.hardship.HardshipFileState;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.hardship.LeadFilter;
import org.unionaid.hardship.LeadState;
import org.unionaid.hardship.Leads;
import org.unionaid.mutualaid.ClaimFilter;
import org.unionaid.mutualaid.ClaimQueries;
import org.unionaid.mutualaid.MutualAidStatistics;
import org.unionaid.payouts.PayoutFilter;
import org.unionaid.payouts.PayoutState;
import org.unionaid.payouts.PayoutQueries;
import org.unionaid.people.People;
import org.unionaid.programmes.ApplicationFilter;
import org.unionaid.programmes.ApplicationState;
import org.unionaid.programmes.Applications;
import org.unionaid.shared.crypto.FieldCipher;
import org.unionaid.shared.crypto.LookupHash;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.SignedIn;
import org.unionaid.users.ApiTokens;

/**
 * The hot queries of the UI on a provincial volume: bulk-loads {@link BenchData}, then calls the real facades
 * as the demo users (the way a page request would) and explains the SQL they send. Prints a figures table and
 * writes {@code target/bench/results.md} and {@code plans.md}. Runs only with {@code ./mvnw -Pbench verify}
 * (the class name does not match the default {@code *Tests} includes). Asserts nothing about time.
 *
 * <p>System properties: {@code bench.scale} (1 = 200k workers, 20k files, 100k claims, 500k payouts; 10 = the
 * full province of docs/design.md §7), {@code bench.runs} (timed runs per query, default 20), {@code bench.warmups}
 * (default 5), {@code bench.httpRuns} (timed requests per page through HTTP, default the larger of 60 and
 * {@code bench.runs}), {@code bench.reuse} (true: if the database, an external one named by {@code UNIONAID_TEST_DB_URL},
 * already holds bench data from an earlier run, measure it again without loading; docs/operations.md).
 */
class HotQueriesBenchmark extends IntegrationTestSupport {

    private static final Logger log = LoggerFactory.getLogger(HotQueriesBenchmark.class);

    /** A valid national ID (checksum) that no bench worker has: the lookup is by its hash, an index probe. */
    private static final String SOME_NATIONAL_ID = withCheckDigit("61010319800101123");

    @Autowired
    UserDetailsService users;
    @Autowired
    FieldCipher cipher;
    @Autowired
    LookupHash lookupHash;
    @Autowired
    People people;
    @Autowired
    HardshipFiles files;
    @Autowired
    Leads leads;
    @Autowired
    PayoutQueries payoutQueries;
    @Autowired
    Applications applications;
    @Autowired
    ClaimQueries claimQueries;
    @Autowired
    MutualAidStatistics statistics;
    @Autowired
    Dashboard dashboard;
    @Autowired
    ApiTokens apiTokens;

    @Test
    void measuresTheHotQueriesOfTheUiOnAProvincialVolume() {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        int runs = Integer.getInteger("bench.runs", 20);
        int warmups = Integer.getInteger("bench.warmups", 5);
        BenchData data = new BenchData(jdbc, scale, cipher.encrypt("bench"));
        long started = System.nanoTime();
        boolean reuse = Boolean.getBoolean("bench.reuse") && data.alreadyLoaded();
        if (reuse) {
            log.info("bench.reuse: the database already holds bench data, measuring it again without loading");
        } else {
            data.load();
        }
        // one bench worker answers to SOME_NATIONAL_ID, so the ID search finds a row by its hash
        jdbc.update("update worker set national_id_hash = ? where id = (select min(id) from worker where address = 'bench')",
                lookupHash.of(SOME_NATIONAL_ID));
        long loadSeconds = (System.nanoTime() - started) / 1_000_000_000;
        Figures f = new Figures(jdbc, warmups, runs);

        String yanta = scopeOf("caseworker");
        String xian = scopeOf("admin");
        String province = scopeOf("auditor");
        long adminId = userId("admin");
        PageRequest first20 = PageRequest.of(0, 20);

        // --- workers (/workers): the scope on the row (V200), each mode one range of one index in the list's order,
        // keyset pages, a capped count (WorkerSearch)
        String columns = "w.id, w.name, w.national_id_masked, w.sex, w.birth_date, w.phone, w.branch_id,"
                + " w.employment_form, w.worker_type";
        String byName = "lower(w.name) collate \"C\"";
        String workerByName = "select " + columns + ", " + byName + " as sort_key from worker w"
                + " where lower(w.name) collate \"C\" like ? escape '\\' and w.branch_path like ?"
                + " order by " + byName + ", w.id limit 21";
        String workerByNameAfter = "select " + columns + ", " + byName + " as sort_key from worker w"
                + " where lower(w.name) collate \"C\" like ? escape '\\' and w.branch_path like ?"
                + " and (" + byName + ", w.id) > (?, ?) order by " + byName + ", w.id limit 21";
        String nameCount = "select count(*) from (select 1 from worker w where lower(w.name) collate \"C\" like ?"
                + " escape '\\' and w.branch_path like ? limit 10001) capped";
        f.measure("workers: name prefix 王", "caseworker (district)",
                () -> SignedIn.as(users, "caseworker", () -> people.browse("王", null, 20)).total(),
                workerByName, "王%", yanta);
        f.measure("workers: name prefix 王 (count)", "caseworker (district)", null, nameCount, "王%", yanta);
        String farCursor = jdbc.queryForObject("select lower(name) || chr(31) || id from worker where address = 'bench'"
                + " and name like '王%' order by lower(name) collate \"C\" desc, id desc limit 1 offset 50",
                String.class);
        String[] far = farCursor.split("\u001f");
        String deep = org.unionaid.shared.sql.Keyset.after("n", far[0], far[1]).encode();
        f.measure("workers: name prefix 王, a page near the end (keyset)", "auditor (province)",
                () -> SignedIn.as(users, "auditor", () -> people.browse("王", deep, 20)).total(),
                workerByNameAfter, "王%", province, far[0], Long.parseLong(far[1]));
        f.measure("workers: name prefix 王 (province)", "auditor (province)",
                () -> SignedIn.as(users, "auditor", () -> people.browse("王", null, 20)).total(),
                workerByName, "王%", province);
        f.measure("workers: name prefix 李伟", "auditor (province)",
                () -> SignedIn.as(users, "auditor", () -> people.browse("李伟", null, 20)).total(),
                workerByName, "李伟%", province);
        f.measure("workers: phone prefix 1380", "caseworker (district)",
                () -> SignedIn.as(users, "caseworker", () -> people.browse("1380", null, 20)).total(),
                "select " + columns + ", w.phone collate \"C\" as sort_key from worker w where w.phone collate \"C\""
                        + " like ? escape '\\' and w.branch_path like ? order by w.phone collate \"C\", w.id limit 21",
                "1380%", yanta);
        f.measure("workers: national ID (hash)", "auditor (province)",
                () -> SignedIn.as(users, "auditor", () -> people.browse(SOME_NATIONAL_ID, null, 20)).total(),
                "select " + columns + ", null as sort_key from worker w where w.national_id_hash = ?"
                        + " and w.branch_path like ? order by w.id limit 21",
                lookupHash.of(SOME_NATIONAL_ID), province);
        f.measure("workers: list, no query", "caseworker (district)",
                () -> SignedIn.as(users, "caseworker", () -> people.browse("", null, 20)).total(),
                "select " + columns + ", " + byName + " as sort_key from worker w where w.branch_path like ?"
                        + " order by " + byName + ", w.id limit 21", yanta);
        f.measure("workers: list, no query (count)", "auditor (province)", null,
                "select count(*) from (select 1 from worker w where w.branch_path like ? limit 10001) capped",
                province);

        // --- hardship files (/hardship/files): scope and the worker's name on the row (V185, V187), page first,
        // capped count; the names shown come from WorkerDirectory (one primary-key read per page)
        String fileNames = " join branch b on b.id = f.branch_id";
        f.measure("hardship files: all, newest filed first", "caseworker (district)",
                () -> SignedIn.as(users, "caseworker", () -> files.search(HardshipFileFilter.none(),
                        PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "filedOn")))).getTotalElements(),
                "select f.id, f.file_number, f.primary_worker_name, b.name, f.state, f.filed_on from (select f.*"
                        + " from hardship_file f where f.branch_path like ? order by f.filed_on desc, f.id desc"
                        + " limit 20 offset 0) f"
                        + fileNames + " order by f.filed_on desc, f.id desc", yanta);
        f.measure("hardship files: count of all", "auditor (province)",
                () -> SignedIn.as(users, "auditor", () -> files.search(HardshipFileFilter.none(),
                        PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "filedOn")))).getTotalElements(),
                "select count(*) from (select 1 from hardship_file f where f.branch_path like ? limit 10001) capped",
                province);
        f.measure("hardship files: ACTIVE + DEEP by worker name, page 3", "auditor (province)",
                () -> SignedIn.as(users, "auditor", () -> files.search(
                        new HardshipFileFilter(HardshipFileState.ACTIVE, HardshipCategory.DEEP, null, null, null, null),
                        PageRequest.of(2, 20, Sort.by("workerName")))).getTotalElements(),
                "select f.id, f.file_number, f.primary_worker_name, b.name, f.state, f.filed_on from (select f.*"
                        + " from hardship_file f where f.branch_path like ? and f.state = ? and f.category = ?"
                        + " order by f.primary_worker_name asc, f.id desc limit 20 offset 40) f" + fileNames
                        + " order by f.primary_worker_name asc, f.id desc", province, "ACTIVE", "DEEP");

        // --- leads (/leads): scope on the row (V191), the page's ids from lead alone, capped count
        Sort newestLeads = Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id"));
        f.measure("leads: all, newest first", "caseworker (district)",
                () -> SignedIn.as(users, "caseworker", () -> leads.search(LeadFilter.none(), PageRequest.of(0, 20,
                        newestLeads))).getTotalElements(),
                "select l.id from lead l where l.branch_path like ? order by l.created_at desc, l.id limit 20 offset 0",
                yanta);
        f.measure("leads: all (count)", "caseworker (district)", null,
                "select count(*) from (select 1 from lead l where l.branch_path like ? limit 10001) capped", yanta);
        f.measure("leads: state NEW", "admin (city)",
                () -> SignedIn.as(users, "admin", () -> leads.search(new LeadFilter(LeadState.NEW, null, null, null,
                        false), PageRequest.of(0, 20, newestLeads))).getTotalElements(),
                "select l.id from lead l where l.branch_path like ? and l.state = ?"
                        + " order by l.created_at desc, l.id limit 20 offset 0", xian, "NEW");
        f.measure("leads: state NEW (count)", "admin (city)", null,
                "select count(*) from (select 1 from lead l where l.branch_path like ? and l.state = ? limit 10001)"
                        + " capped", xian, "NEW");

        // --- payouts (/payouts) and the approval queue with totals (/payouts/queue): the scope is on the payout
        // row, the page is chosen before branch names are joined (payees: WorkerDirectory, one read per page),
        // counts stop at 10,001, totals from the summary
        String payoutPage = "select p.id, p.reference, p.payee_worker_id, b.name, p.amount from (select p.* from payout p"
                + " where 1 = 1 and p.branch_path like ? %s order by %s limit 20 offset 0) p"
                + " join branch b on b.id = p.branch_id order by %s";
        String newest = "p.proposed_at desc, p.id desc";
        f.measure("payouts: all, newest first", "admin (city)",
                () -> SignedIn.as(users, "admin", () -> payoutQueries.search(PayoutFilter.none(),
                        PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "proposedAt")))).getTotalElements(),
                payoutPage.formatted("", newest, newest), xian);
        f.measure("payouts: count of all", "auditor (province)",
                () -> SignedIn.as(users, "auditor", () -> payoutQueries.search(PayoutFilter.none(),
                        PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "proposedAt")))).getTotalElements(),
                "select count(*) from (select 1 from payout p where 1 = 1 and p.branch_path like ? limit 10001) c",
                province);
        String oldest = "p.proposed_at asc, p.id desc";
        f.measure("payouts: approval queue, oldest first", "admin (city)",
                () -> SignedIn.as(users, "admin", () -> payoutQueries.approvalQueue(first20)).getTotalElements(),
                payoutPage.formatted("and p.state = ? and p.proposed_by <> ?"
                        + " and (p.first_approved_by is null or p.first_approved_by <> ?)", oldest, oldest),
                xian, "PROPOSED", adminId, adminId);
        f.measure("payouts: approval queue totals", "admin (city)",
                () -> SignedIn.as(users, "admin", () -> payoutQueries.approvalQueueTotals()).count(),
                "select coalesce(sum(t.proposed), 0), coalesce(sum(t.amount), 0) from payout_queue_total t"
                        + " join branch b on b.id = t.branch_id where b.path like ?", xian);
        f.measure("payouts: approval queue totals, own part", "admin (city)", null,
                "select count(*), coalesce(sum(p.amount), 0) from payout p where p.state = 'PROPOSED'"
                        + " and p.branch_path like ? and (p.proposed_by = ? or p.first_approved_by = ?)",
                xian, adminId, adminId);
        f.measure("payouts: state PAID", "admin (city)",
                () -> SignedIn.as(users, "admin", () -> payoutQueries.search(PayoutFilter.inState(PayoutState.PAID),
                        PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "proposedAt")))).getTotalElements(),
                payoutPage.formatted("and p.state = ?", newest, newest), xian, "PAID");

        // --- programme applications (/applications): scope on the row, page first, capped count
        f.measure("applications: all, newest first", "admin (city)",
                () -> SignedIn.as(users, "admin", () -> applications.search(ApplicationFilter.none(),
                        PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "createdAt")))).getTotalElements(),
                """
                select a.id, a.reference, p.name, a.worker_id, b.name from (select a.* from programme_application a
                 where true and a.branch_path like ? order by a.created_at desc, a.id desc limit 20 offset 0) a
                 join programme p on p.id = a.programme_id join branch b on b.id = a.branch_id
                 order by a.created_at desc, a.id desc""", xian);
        f.measure("applications: SUBMITTED (count)", "admin (city)",
                () -> SignedIn.as(users, "admin", () -> applications.search(
                        new ApplicationFilter(null, ApplicationState.SUBMITTED, null, null),
                        PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "createdAt")))).getTotalElements(),
                "select count(*) from (select 1 from programme_application a where true and a.branch_path like ?"
                        + " and a.state = ? limit 10001) capped", xian, "SUBMITTED");

        // --- mutual-aid claims review queue (/mutualaid/claims) and statistics (/mutualaid/statistics)
        f.measure("claims: review queue, oldest first", "reviewer (province)",
                () -> SignedIn.as(users, "reviewer", () -> claimQueries.queue(ClaimFilter.open(), first20)).getTotalElements(),
                """
                select c.id, c.reference, c.state, c.worker_id, p.code from (select c.* from mutualaid_claim c
                 where c.branch_path like ? and c.state in ('SUBMITTED', 'IN_REVIEW', 'MORE_INFO_REQUESTED')
                 order by c.submitted_on nulls last, c.id limit 20 offset 0) c
                 join mutualaid_plan p on p.id = c.plan_id join branch b on b.id = c.branch_id
                 order by c.submitted_on nulls last, c.id""", province);
        // --- mutual-aid statistics (/mutualaid/statistics): every figure from the summaries of V190
        f.measure("mutual-aid statistics (summaries)", "reviewer (province)",
                () -> SignedIn.as(users, "reviewer", () -> statistics.of(null, null, null)).claims(),
                MutualAidStatistics.TOP_SINGLE, 0L, province, 20);
        f.measure("mutual-aid statistics: members", "reviewer (province)", null, MutualAidStatistics.MEMBERS, province, 0L);
        f.measure("mutual-aid statistics: members counted twice", "reviewer (province)", null,
                MutualAidStatistics.MEMBERS_COUNTED_TWICE, province);
        f.measure("mutual-aid statistics: claims by state", "reviewer (province)", null,
                MutualAidStatistics.CLAIMS.formatted(""), province);
        f.measure("mutual-aid statistics: members over 10,000", "reviewer (province)", null, MutualAidStatistics.OVER, 0L,
                new java.math.BigDecimal("10000.00"), province);
        f.measure("mutual-aid statistics: claimants in several branches", "reviewer (province)", null,
                MutualAidStatistics.SPREAD, 0L, province);
        long somePlan = jdbc.queryForObject("select min(id) from mutualaid_plan", Long.class);
        f.measure("mutual-aid statistics: one plan, one district", "reviewer (province)",
                () -> SignedIn.as(users, "reviewer", () -> statistics.of(somePlan, branchOf("caseworker"), null))
                        .claims(),
                MutualAidStatistics.TOP_SINGLE, somePlan, yanta, 20);

        // --- dashboard (/dashboard): every section from a summary (or funding_source, itself one row per source)
        String leadsByState = "select t.state, sum(t.leads) from lead_state_total t join branch b on b.id = t.branch_id"
                + " where b.path like ? and t.state in ('NEW', 'ASSIGNED', 'VERIFYING') group by t.state";
        f.measure("dashboard", "caseworker (district)",
                () -> SignedIn.as(users, "caseworker", () -> dashboard.forCurrentUser()).openLeads().size(),
                leadsByState, yanta);
        f.measure("dashboard", "admin (city)",
                () -> SignedIn.as(users, "admin", () -> dashboard.forCurrentUser()).openLeads().size(),
                leadsByState, xian);
        f.measure("dashboard", "auditor (province)",
                () -> SignedIn.as(users, "auditor", () -> dashboard.forCurrentUser()).openLeads().size(),
                leadsByState, province);
        f.measure("dashboard: active files by category", "auditor (province)", null,
                "select t.category, sum(t.files) from hardship_file_total t join branch b on b.id = t.branch_id"
                        + " where b.path like ? and t.state = 'ACTIVE' group by t.category", province);
        f.measure("dashboard: claims by state", "auditor (province)", null,
                "select t.state, sum(t.claims) n from mutualaid_claim_total t join branch b on b.id = t.branch_id"
                        + " where b.path like ? and t.state <> 'DRAFT' group by t.state", province);
        java.time.LocalDate thisMonth = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).withDayOfMonth(1);
        f.measure("dashboard: paid by programme and month", "auditor (province)", null,
                """
                select t.month, t.programme_id, t.source_type, sum(t.payouts) as payouts, sum(t.amount) as amount
                  from payout_paid_total t join branch b on b.id = t.branch_id
                 where b.path like ? and t.month >= ? and t.month < ? and t.payouts > 0
                 group by t.month, t.programme_id, t.source_type
                 order by t.month, case when t.programme_id = 0 then 1 else 0 end, t.programme_id, t.source_type""",
                province,
                java.sql.Date.valueOf(thisMonth.minusMonths(11)), java.sql.Date.valueOf(thisMonth.plusMonths(1)));
        f.measure("dashboard: budget use by programme", "auditor (province)", null, """
                select s.programme_id, sum(s.allocated) allocated, sum(s.committed) committed, sum(s.paid) paid
                  from funding_source s join branch b on b.id = s.branch_id
                 where b.path like ? or ? like b.path || '%'
                 group by s.programme_id order by s.programme_id""", province, province.replace("%", ""));

        // --- the same pages through HTTP: rendered by the real server, signed in with the form (or a bearer token)
        // more runs than the facade calls: a page is one request, and a p95 of 20 is the one slowest of them
        int httpRuns = Integer.getInteger("bench.httpRuns", Math.max(runs, 60));
        HttpPages http = new HttpPages(baseUrl(), "unionaid-demo", Math.max(warmups, 10), httpRuns);
        String nationalId = HttpPages.enc(SOME_NATIONAL_ID);
        http.page("caseworker", "/workers?q=" + HttpPages.enc("王"));
        http.page("auditor", "/workers?q=" + HttpPages.enc("王"));
        http.page("auditor", "/workers?q=" + HttpPages.enc("李伟"));
        http.page("caseworker", "/workers?q=1380");
        http.page("auditor", "/workers?q=" + nationalId);
        http.page("caseworker", "/workers");
        long someWorker = jdbc.queryForObject("select min(id) from worker where address = 'bench' and branch_path like ?",
                Long.class, yanta);
        http.page("caseworker", "/workers/" + someWorker);
        http.page("caseworker", "/hardship/files");
        http.page("auditor", "/hardship/files");
        http.page("auditor", "/hardship/files?state=ACTIVE&category=DEEP&sort=workerName,asc&page=2");
        http.page("caseworker", "/leads");
        http.page("admin", "/leads?state=NEW");
        http.page("admin", "/payouts");
        http.page("auditor", "/payouts");
        http.page("admin", "/payouts?state=PAID");
        http.page("admin", "/payouts/queue");
        http.page("admin", "/applications");
        http.page("admin", "/applications?state=SUBMITTED");
        http.page("reviewer", "/mutualaid/claims");
        http.page("reviewer", "/mutualaid/statistics");
        http.page("caseworker", "/dashboard");
        http.page("admin", "/dashboard");
        http.page("auditor", "/dashboard");
        String token = SignedIn.as(users, "sysadmin", () -> apiTokens.issue(branchOf("sysadmin"),
                new ApiTokens.IssueToken("bench " + System.nanoTime(), "caseworker",
                        org.unionaid.support.Today.date().plusDays(1)))).token();
        http.api("API client (caseworker's token)", token, "/api/v1/workers");
        http.api("API client (caseworker's token)", token, "/api/v1/workers?q=" + HttpPages.enc("王"));
        http.run();

        String header = """
                # Benchmark figures

                Scale %s: %s. %s. %d timed runs per query after %d warm-ups; times are
                the facade call as the signed-in user (JDBC round trips included); "EXPLAIN ms" is the server's
                execution time of the SQL shown in plans.md. PostgreSQL %s, %d CPU cores.
                """.formatted(scale, summary(data.loaded),
                reuse ? "Measured again on the data an earlier run loaded (bench.reuse)"
                        : "Loaded in " + loadSeconds + " s (then VACUUM ANALYZE)", runs, warmups,
                jdbc.queryForObject("show server_version", String.class), Runtime.getRuntime().availableProcessors());
        String httpHeader = """

                ## Through HTTP

                The same pages requested from the running server (Tomcat on this machine, template cache on), one
                request at a time, %d timed after %d warm-ups of every page: rendering, security, session and the
                facade calls above, the whole answer read.
                """.formatted(httpRuns, Math.max(warmups, 10));
        f.write(Path.of("target", "bench"), header, httpHeader + "\n" + http.table());
        String table = f.table() + httpHeader + "\n" + http.table();
        System.out.println("\n" + header + "\n" + table);
        log.info("Benchmark figures written to target/bench/results.md, plans to target/bench/plans.md");
    }

    private long branchOf(String username) {
        return jdbc.queryForObject("select branch_id from user_account where lower(username) = ?", Long.class,
                username);
    }

    private String scopeOf(String username) {
        return jdbc.queryForObject("select b.path || '%' from branch b join user_account u on u.branch_id = b.id "
                + "where lower(u.username) = ?", String.class, username);
    }

    private long userId(String username) {
        return jdbc.queryForObject("select id from user_account where lower(username) = ?", Long.class, username);
    }

    private static String summary(Map<String, Long> loaded) {
        StringBuilder out = new StringBuilder();
        loaded.forEach((what, rows) -> out.append(out.isEmpty() ? "" : ", ").append(rows).append(' ').append(what));
        return out.toString();
    }

    private static String withCheckDigit(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
