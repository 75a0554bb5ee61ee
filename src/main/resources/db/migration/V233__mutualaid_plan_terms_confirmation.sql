-- Plans as unions publish them (issue 14, item 1; docs/mutualaid.md): the enrolment terms of a rule version
-- (shares per member, eligible ages, term kind and length, the late joiners' contribution, the employer
-- participation floor) and enrolments confirmed by the district union. Versions stored before this keep the old
-- behaviour: one share, no age limits, a calendar-year term of one year, the full contribution, no floor.
alter table mutualaid_rule_version
    add column max_shares                integer      not null default 1 check (max_shares between 1 and 100),
    add column min_age                   integer      check (min_age between 0 and 120),
    add column max_age                   integer      check (max_age between 0 and 120),
    add column term_kind                 varchar(16)  not null default 'CALENDAR_YEAR'
        check (term_kind in ('CALENDAR_YEAR', 'ROLLING')),
    add column term_years                integer      not null default 1 check (term_years between 1 and 3),
    add column late_joiner               varchar(16)  not null default 'FULL_TERM'
        check (late_joiner in ('FULL_TERM', 'PRO_RATA')),
    add column min_participation_percent numeric(5, 2) check (min_participation_percent > 0
        and min_participation_percent <= 100),
    add column min_participants          integer      check (min_participants >= 1),
    add constraint mutualaid_rule_version_ages check (min_age is null or max_age is null or min_age <= max_age);

-- An enrolment is SUBMITTED by the employer and CONFIRMED (or REJECTED, with the reason) by a CASEWORKER or ADMIN
-- of the district union; coverage and the contribution are fixed at confirmation. Every enrolment stored before
-- was in force at once: CONFIRMED, one share, the full contribution.
alter table mutualaid_enrolment
    add column status                 varchar(12)    not null default 'CONFIRMED'
        check (status in ('SUBMITTED', 'CONFIRMED', 'REJECTED')),
    add column shares                 integer        not null default 1 check (shares >= 1),
    -- a renewal: the term starts the day after the previous term of the plan ended, so no waiting period
    add column renewal                boolean        not null default false,
    add column contribution_per_share numeric(14, 2) check (contribution_per_share >= 0),
    add column late_joiner            varchar(16)    not null default 'FULL_TERM'
        check (late_joiner in ('FULL_TERM', 'PRO_RATA')),
    -- the months paid for and the months of the term (equal unless paid pro rata)
    add column contribution_months    integer        check (contribution_months >= 0),
    add column term_months            integer        check (term_months >= 1),
    add column decided_by             bigint         references user_account (id),
    add column decided_at             timestamptz,
    add column reject_reason          varchar(500),
    alter column coverage_start drop not null,
    alter column coverage_end drop not null,
    alter column waiting_ends_on drop not null,
    drop constraint mutualaid_enrolment_uq,
    add constraint mutualaid_enrolment_confirmed_dates check (status <> 'CONFIRMED'
        or (coverage_start is not null and coverage_end is not null and waiting_ends_on is not null)),
    add constraint mutualaid_enrolment_rejected_reason check (status <> 'REJECTED' or reject_reason is not null);
update mutualaid_enrolment e set contribution_per_share = e.contribution;
-- one open submission per worker and plan; one term starting on a day
create unique index mutualaid_enrolment_submitted_uq on mutualaid_enrolment (plan_id, worker_id)
    where status = 'SUBMITTED';
create unique index mutualaid_enrolment_term_uq on mutualaid_enrolment (plan_id, worker_id, coverage_start)
    where status = 'CONFIRMED';
create index mutualaid_enrolment_submitted_idx on mutualaid_enrolment (employer_branch_id, id)
    where status = 'SUBMITTED';

-- The statistics (V190) count CONFIRMED enrolments only: submitted and rejected ones cover nobody.
create or replace function mutualaid_enrolment_apply(d mutualaid_enrolment_delta[]) returns void language plpgsql as $$
begin
    if cardinality(d) = 0 then
        return;
    end if;
    insert into mutualaid_enrolment_total as t (branch_id, plan_id, members, contributions)
    select x.branch_id, x.plan_id, sum(x.n), sum(x.n * x.contribution) from unnest(d) x
     group by x.branch_id, x.plan_id order by 1, 2
    on conflict (branch_id, plan_id) do update
       set members = t.members + excluded.members, contributions = t.contributions + excluded.contributions;
    insert into mutualaid_enrolment_total (branch_id, plan_id)
    select distinct x.branch_id, 0::bigint from unnest(d) x order by 1 on conflict do nothing;
    perform 1 from mutualaid_enrolment_total t
      where t.plan_id = 0 and t.branch_id in (select x.branch_id from unnest(d) x) order by t.branch_id for update;
    insert into mutualaid_enrolment_total as t (branch_id, plan_id, members, contributions)
    select p.branch_id, 0, sum((p.after > 0)::int - (p.after - p.dn > 0)::int), sum(p.dc)
      from (select x.branch_id, x.dn, x.dc,
                   (select count(*) from mutualaid_enrolment e
                     where e.worker_id = x.worker_id and e.employer_branch_id = x.branch_id
                       and e.status = 'CONFIRMED') after
              from (select y.worker_id, y.branch_id, sum(y.n) dn, sum(y.n * y.contribution) dc
                      from unnest(d) y group by y.worker_id, y.branch_id) x) p
     group by p.branch_id order by 1
    on conflict (branch_id, plan_id) do update
       set members = t.members + excluded.members, contributions = t.contributions + excluded.contributions;
    delete from mutualaid_member_spread s where s.worker_id in (select x.worker_id from unnest(d) x);
    insert into mutualaid_member_spread (worker_id, branch_id)
    select distinct e.worker_id, e.employer_branch_id from mutualaid_enrolment e
     where e.status = 'CONFIRMED'
       and e.worker_id in (select e2.worker_id from mutualaid_enrolment e2
                            where e2.status = 'CONFIRMED'
                              and e2.worker_id in (select x.worker_id from unnest(d) x)
                            group by e2.worker_id having count(distinct e2.employer_branch_id) > 1)
    on conflict do nothing;
end $$;

create or replace function mutualaid_enrolment_inserted() returns trigger language plpgsql as $$
begin
    perform mutualaid_enrolment_apply(array(select row(n.worker_id, n.plan_id, n.employer_branch_id, 1,
                                                       n.contribution)::mutualaid_enrolment_delta
                                              from new_rows n where n.status = 'CONFIRMED'));
    return null;
end $$;
create or replace function mutualaid_enrolment_updated() returns trigger language plpgsql as $$
begin
    perform mutualaid_enrolment_apply(array(
        select row(x.worker_id, x.plan_id, x.branch_id, x.n, x.contribution)::mutualaid_enrolment_delta
          from (select o.worker_id, o.plan_id, o.employer_branch_id branch_id, -1 n, o.contribution, o.id
                  from old_rows o where o.status = 'CONFIRMED'
                union all
                select n.worker_id, n.plan_id, n.employer_branch_id, 1, n.contribution, n.id from new_rows n
                 where n.status = 'CONFIRMED') x
         where x.id in (select o.id from old_rows o join new_rows n on n.id = o.id
                         where (o.worker_id, o.plan_id, o.employer_branch_id, o.contribution, o.status)
                               is distinct from (n.worker_id, n.plan_id, n.employer_branch_id, n.contribution,
                                                 n.status))));
    return null;
end $$;
create or replace function mutualaid_enrolment_deleted() returns trigger language plpgsql as $$
begin
    perform mutualaid_enrolment_apply(array(select row(o.worker_id, o.plan_id, o.employer_branch_id, -1,
                                                       o.contribution)::mutualaid_enrolment_delta
                                              from old_rows o where o.status = 'CONFIRMED'));
    return null;
end $$;
