package org.unionaid.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every summary table (V182, V190–V192, V210, V211) as two queries: its rows with a non-zero figure, and the same rows
 * recounted from the base tables. {@code SummaryTablesIntegrationTests} compares them; {@code BenchData}
 * rebuilds summaries from the recount after a bulk load that ran with their statement triggers off.
 */
public final class SummaryRecounts {

    private SummaryRecounts() {
    }

    /** Summary rows with a non-zero figure, and the same rows recounted from the base tables. */
    public static final Map<String, String[]> SUMMARIES = new LinkedHashMap<>();

    static {
        SUMMARIES.put("mutualaid_claim_total", new String[] {"""
                select branch_id, plan_id, state, claims, approved, largest from mutualaid_claim_total where claims > 0""", """
                select branch_id, plan_id, state, count(*), coalesce(sum(approved_amount), 0),
                       max(approved_amount) filter (where state in ('APPROVED', 'PAID'))
                  from mutualaid_claim group by branch_id, plan_id, state"""});
        SUMMARIES.put("mutualaid_claimant_total", new String[] {"""
                select worker_id, plan_id, branch_id, branch_path, claims, granted, spread from mutualaid_claimant_total""", """
                with c as (select c.worker_id, k.plan_key, c.branch_id, c.state, c.approved_amount
                             from mutualaid_claim c cross join lateral (values (c.plan_id), (0::bigint)) k (plan_key)
                            where c.state <> 'DRAFT'),
                     s as (select worker_id, count(distinct branch_id) > 1 spread from c group by worker_id)
                select c.worker_id, c.plan_key, c.branch_id, b.path, count(*),
                       coalesce(sum(c.approved_amount) filter (where c.state in ('APPROVED', 'PAID')), 0), s.spread
                  from c join branch b on b.id = c.branch_id join s on s.worker_id = c.worker_id
                 group by c.worker_id, c.plan_key, c.branch_id, b.path, s.spread"""});
        SUMMARIES.put("mutualaid_enrolment_total", new String[] {"""
                select branch_id, plan_id, members, contributions from mutualaid_enrolment_total
                 where members > 0 or contributions <> 0""", """
                select employer_branch_id, plan_id, count(*), sum(contribution) from mutualaid_enrolment
                 where status = 'CONFIRMED' group by 1, 2
                union all
                select employer_branch_id, 0, count(distinct worker_id), sum(contribution) from mutualaid_enrolment
                 where status = 'CONFIRMED' group by 1"""});
        SUMMARIES.put("mutualaid_member_spread", new String[] {"""
                select worker_id, branch_id from mutualaid_member_spread""", """
                select distinct worker_id, employer_branch_id from mutualaid_enrolment
                 where status = 'CONFIRMED' and worker_id in
                       (select worker_id from mutualaid_enrolment where status = 'CONFIRMED' group by worker_id
                         having count(distinct employer_branch_id) > 1)"""});
        SUMMARIES.put("lead_state_total", new String[] {"""
                select branch_id, state, leads from lead_state_total where leads > 0""", """
                select branch_id, state, count(*) from lead group by 1, 2"""});
        SUMMARIES.put("hardship_file_total", new String[] {"""
                select branch_id, state, category, files from hardship_file_total where files > 0""", """
                select branch_id, state, category, count(*) from hardship_file group by 1, 2, 3"""});
        SUMMARIES.put("payout_paid_total", new String[] {"""
                select branch_id, month, programme_id, source_type, payouts, amount from payout_paid_total
                 where payouts > 0""", """
                select branch_id, date_trunc('month', paid_at at time zone (select zone from summary_time_zone))::date,
                       coalesce(programme_id, 0), source_type, count(*), sum(amount)
                  from payout where state = 'PAID' and paid_at is not null group by 1, 2, 3, 4"""});
        SUMMARIES.put("payout_queue_total", new String[] {"""
                select branch_id, proposed, amount from payout_queue_total where proposed > 0""", """
                select branch_id, count(*), sum(amount) from payout where state = 'PROPOSED' group by 1"""});
        SUMMARIES.put("payout_state_total", new String[] {"""
                select branch_id, state, payouts, amount from payout_state_total where payouts > 0""", """
                select branch_id, state, count(*), sum(amount) from payout group by 1, 2"""});
        SUMMARIES.put("programme_application_state_total", new String[] {"""
                select branch_id, state, applications from programme_application_state_total
                 where applications > 0""", """
                select branch_id, state, count(*) from programme_application group by 1, 2"""});
    }


    /** Replaces the rows of these summary tables by their recount (one INSERT … SELECT each). */
    public static void rebuild(JdbcTemplate jdbc, String... tables) {
        for (String table : tables) {
            String[] sql = SUMMARIES.get(table);
            String summary = sql[0].strip();
            String columns = summary.substring("select ".length(), summary.indexOf(" from ")).strip();
            jdbc.update("delete from " + table);
            jdbc.update("insert into " + table + " (" + columns + ") " + sql[1]);
        }
    }
}
