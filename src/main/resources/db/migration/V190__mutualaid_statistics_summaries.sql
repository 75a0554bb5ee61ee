-- Mutual-aid statistics from summary tables (issue 10): the statistics page and the dashboard never aggregate
-- the claims or enrolments per view. Every summary is kept by statement-level triggers on the base table (with
-- transition tables, so the bench's bulk inserts pay one set-based update per statement, not one per row), in
-- the same transaction as the change. A page sums the summary rows of the caller's subtree. The figures carry no
-- CHECK (>= 0): a delta, negative too, is applied with INSERT ... ON CONFLICT DO UPDATE, whose candidate row is
-- checked before the conflict is found; SummaryTablesIntegrationTests compares every summary with a recount.

-- Claims per branch, plan and state: count, sum of approved amounts, largest approved amount (kept for the
-- APPROVED and PAID keys only, recomputed from mutualaid_claim_amount_idx when a claim leaves such a key).
create table mutualaid_claim_total (
    branch_id  bigint        not null references branch (id),
    plan_id    bigint        not null references mutualaid_plan (id),
    state      varchar(24)   not null,
    claims     bigint        not null default 0,
    approved   numeric(16,2) not null default 0,
    largest    numeric(14,2),
    primary key (branch_id, plan_id, state)
);
create index mutualaid_claim_amount_idx on mutualaid_claim (branch_id, plan_id, state, approved_amount)
    where state in ('APPROVED', 'PAID');

-- Per claimant (worker), plan (0 = every plan) and claim branch: claims not in DRAFT and the amount granted
-- (APPROVED and PAID), for "members over the threshold" and the top claimants. The row carries its branch's
-- path (kept by the branch-move trigger). `spread` marks every row of a worker whose claims lie in more than
-- one branch: the pages add those few workers up per scope; all other workers have one row per plan key, so a
-- ranking or a threshold walks an index.
create table mutualaid_claimant_total (
    worker_id   bigint        not null references worker (id),
    plan_id     bigint        not null,
    branch_id   bigint        not null references branch (id),
    branch_path varchar(255)  not null,
    claims      bigint        not null default 0,
    granted     numeric(16,2) not null default 0,
    spread      boolean       not null default false,
    primary key (worker_id, plan_id, branch_id)
);
create index mutualaid_claimant_rank_idx on mutualaid_claimant_total (plan_id, claims desc, granted desc, worker_id)
    where not spread;
create index mutualaid_claimant_granted_idx on mutualaid_claimant_total (plan_id, granted desc) where not spread;
create index mutualaid_claimant_scope_idx on mutualaid_claimant_total (branch_path varchar_pattern_ops, plan_id);
create index mutualaid_claimant_spread_idx on mutualaid_claimant_total (plan_id) where spread;

-- Enrolments per employer branch and plan (0 = every plan): members and contributions. For a plan, members are
-- its enrolments (one per worker and plan); for every plan, the distinct workers enrolled by that branch. A
-- worker enrolled by several employer branches is listed in mutualaid_member_spread (rare), so a subtree's
-- distinct members are the branch figures minus the workers counted more than once in it.
create table mutualaid_enrolment_total (
    branch_id     bigint        not null references branch (id),
    plan_id       bigint        not null,
    members       bigint        not null default 0,
    contributions numeric(16,2) not null default 0,
    primary key (branch_id, plan_id)
);
create table mutualaid_member_spread (
    worker_id bigint not null references worker (id),
    branch_id bigint not null references branch (id),
    primary key (worker_id, branch_id)
);

-- ---- claims ----------------------------------------------------------------------------------------------
create type mutualaid_claim_delta as (worker_id bigint, plan_id bigint, branch_id bigint, state varchar(24),
                                      n integer, amount numeric(14,2));

create function mutualaid_claim_apply(d mutualaid_claim_delta[]) returns void language plpgsql as $$
begin
    if cardinality(d) = 0 then
        return;
    end if;
    insert into mutualaid_claim_total as t (branch_id, plan_id, state, claims, approved, largest)
    select x.branch_id, x.plan_id, x.state, sum(x.n), sum(x.n * coalesce(x.amount, 0)),
           max(x.amount) filter (where x.n > 0 and x.state in ('APPROVED', 'PAID'))
      from unnest(d) x group by x.branch_id, x.plan_id, x.state order by 1, 2, 3
    on conflict (branch_id, plan_id, state) do update
       set claims = t.claims + excluded.claims, approved = t.approved + excluded.approved,
           largest = greatest(t.largest, excluded.largest);
    update mutualaid_claim_total t
       set largest = (select max(c.approved_amount) from mutualaid_claim c
                       where c.branch_id = t.branch_id and c.plan_id = t.plan_id and c.state = t.state)
     where (t.branch_id, t.plan_id, t.state) in (select x.branch_id, x.plan_id, x.state from unnest(d) x
                                                  where x.n < 0 and x.state in ('APPROVED', 'PAID'));

    insert into mutualaid_claimant_total as t (worker_id, plan_id, branch_id, branch_path, claims, granted)
    select x.worker_id, x.plan_key, x.branch_id, b.path, sum(x.n), sum(x.n * x.granted)
      from (select y.worker_id, k.plan_key, y.branch_id, y.n,
                   case when y.state in ('APPROVED', 'PAID') then coalesce(y.amount, 0) else 0 end granted
              from unnest(d) y cross join lateral (values (y.plan_id), (0::bigint)) k (plan_key)
             where y.state <> 'DRAFT') x
      join branch b on b.id = x.branch_id
     group by x.worker_id, x.plan_key, x.branch_id, b.path order by 1, 2, 3
    on conflict (worker_id, plan_id, branch_id) do update
       set claims = t.claims + excluded.claims, granted = t.granted + excluded.granted;
    delete from mutualaid_claimant_total t
     where t.claims = 0 and t.worker_id in (select x.worker_id from unnest(d) x where x.n < 0);
    update mutualaid_claimant_total t set spread = s.spread
      from (select c.worker_id, count(*) > 1 spread from mutualaid_claimant_total c
             where c.plan_id = 0 and c.worker_id in (select x.worker_id from unnest(d) x)
             group by c.worker_id) s
     where t.worker_id = s.worker_id and t.spread <> s.spread;
end $$;

create function mutualaid_claim_inserted() returns trigger language plpgsql as $$
begin
    perform mutualaid_claim_apply(array(select row(n.worker_id, n.plan_id, n.branch_id, n.state, 1,
                                                   n.approved_amount)::mutualaid_claim_delta from new_rows n));
    return null;
end $$;
create function mutualaid_claim_updated() returns trigger language plpgsql as $$
begin
    perform mutualaid_claim_apply(array(
        select row(x.worker_id, x.plan_id, x.branch_id, x.state, x.n, x.amount)::mutualaid_claim_delta
          from (select o.worker_id, o.plan_id, o.branch_id, o.state, -1 n, o.approved_amount amount, o.id
                  from old_rows o
                union all
                select n.worker_id, n.plan_id, n.branch_id, n.state, 1, n.approved_amount, n.id from new_rows n) x
         where x.id in (select o.id from old_rows o join new_rows n on n.id = o.id
                         where (o.worker_id, o.plan_id, o.branch_id, o.state, o.approved_amount)
                               is distinct from (n.worker_id, n.plan_id, n.branch_id, n.state, n.approved_amount))));
    return null;
end $$;
create function mutualaid_claim_deleted() returns trigger language plpgsql as $$
begin
    perform mutualaid_claim_apply(array(select row(o.worker_id, o.plan_id, o.branch_id, o.state, -1,
                                                   o.approved_amount)::mutualaid_claim_delta from old_rows o));
    return null;
end $$;
create trigger mutualaid_claim_inserted_trg after insert on mutualaid_claim
    referencing new table as new_rows for each statement execute function mutualaid_claim_inserted();
create trigger mutualaid_claim_updated_trg after update on mutualaid_claim
    referencing old table as old_rows new table as new_rows for each statement execute function mutualaid_claim_updated();
create trigger mutualaid_claim_deleted_trg after delete on mutualaid_claim
    referencing old table as old_rows for each statement execute function mutualaid_claim_deleted();

-- ---- enrolments ------------------------------------------------------------------------------------------
create type mutualaid_enrolment_delta as (worker_id bigint, plan_id bigint, branch_id bigint, n integer,
                                          contribution numeric(14,2));

create function mutualaid_enrolment_apply(d mutualaid_enrolment_delta[]) returns void language plpgsql as $$
begin
    if cardinality(d) = 0 then
        return;
    end if;
    insert into mutualaid_enrolment_total as t (branch_id, plan_id, members, contributions)
    select x.branch_id, x.plan_id, sum(x.n), sum(x.n * x.contribution) from unnest(d) x
     group by x.branch_id, x.plan_id order by 1, 2
    on conflict (branch_id, plan_id) do update
       set members = t.members + excluded.members, contributions = t.contributions + excluded.contributions;
    -- every plan: a (worker, branch) pair counts once, whether it has one enrolment or several. The branches'
    -- rows are locked first, so the count below (a new snapshot, read committed) sees every enrolment of a
    -- concurrent transaction that changed the same branch and has committed.
    insert into mutualaid_enrolment_total (branch_id, plan_id)
    select distinct x.branch_id, 0::bigint from unnest(d) x order by 1 on conflict do nothing;
    perform 1 from mutualaid_enrolment_total t
      where t.plan_id = 0 and t.branch_id in (select x.branch_id from unnest(d) x) order by t.branch_id for update;
    insert into mutualaid_enrolment_total as t (branch_id, plan_id, members, contributions)
    select p.branch_id, 0, sum((p.after > 0)::int - (p.after - p.dn > 0)::int), sum(p.dc)
      from (select x.branch_id, x.dn, x.dc,
                   (select count(*) from mutualaid_enrolment e
                     where e.worker_id = x.worker_id and e.employer_branch_id = x.branch_id) after
              from (select y.worker_id, y.branch_id, sum(y.n) dn, sum(y.n * y.contribution) dc
                      from unnest(d) y group by y.worker_id, y.branch_id) x) p
     group by p.branch_id order by 1
    on conflict (branch_id, plan_id) do update
       set members = t.members + excluded.members, contributions = t.contributions + excluded.contributions;
    delete from mutualaid_member_spread s where s.worker_id in (select x.worker_id from unnest(d) x);
    insert into mutualaid_member_spread (worker_id, branch_id)
    select distinct e.worker_id, e.employer_branch_id from mutualaid_enrolment e
     where e.worker_id in (select e2.worker_id from mutualaid_enrolment e2
                            where e2.worker_id in (select x.worker_id from unnest(d) x)
                            group by e2.worker_id having count(distinct e2.employer_branch_id) > 1)
    on conflict do nothing;
end $$;

create function mutualaid_enrolment_inserted() returns trigger language plpgsql as $$
begin
    perform mutualaid_enrolment_apply(array(select row(n.worker_id, n.plan_id, n.employer_branch_id, 1,
                                                       n.contribution)::mutualaid_enrolment_delta from new_rows n));
    return null;
end $$;
create function mutualaid_enrolment_updated() returns trigger language plpgsql as $$
begin
    perform mutualaid_enrolment_apply(array(
        select row(x.worker_id, x.plan_id, x.branch_id, x.n, x.contribution)::mutualaid_enrolment_delta
          from (select o.worker_id, o.plan_id, o.employer_branch_id branch_id, -1 n, o.contribution, o.id
                  from old_rows o
                union all
                select n.worker_id, n.plan_id, n.employer_branch_id, 1, n.contribution, n.id from new_rows n) x
         where x.id in (select o.id from old_rows o join new_rows n on n.id = o.id
                         where (o.worker_id, o.plan_id, o.employer_branch_id, o.contribution)
                               is distinct from (n.worker_id, n.plan_id, n.employer_branch_id, n.contribution))));
    return null;
end $$;
create function mutualaid_enrolment_deleted() returns trigger language plpgsql as $$
begin
    perform mutualaid_enrolment_apply(array(select row(o.worker_id, o.plan_id, o.employer_branch_id, -1,
                                                       o.contribution)::mutualaid_enrolment_delta from old_rows o));
    return null;
end $$;
create trigger mutualaid_enrolment_inserted_trg after insert on mutualaid_enrolment
    referencing new table as new_rows for each statement execute function mutualaid_enrolment_inserted();
create trigger mutualaid_enrolment_updated_trg after update on mutualaid_enrolment
    referencing old table as old_rows new table as new_rows
    for each statement execute function mutualaid_enrolment_updated();
create trigger mutualaid_enrolment_deleted_trg after delete on mutualaid_enrolment
    referencing old table as old_rows for each statement execute function mutualaid_enrolment_deleted();

-- the rows already there
select mutualaid_enrolment_apply(array(select row(e.worker_id, e.plan_id, e.employer_branch_id, 1,
                                                  e.contribution)::mutualaid_enrolment_delta from mutualaid_enrolment e));
select mutualaid_claim_apply(array(select row(c.worker_id, c.plan_id, c.branch_id, c.state, 1,
                                              c.approved_amount)::mutualaid_claim_delta from mutualaid_claim c));

-- the claimant rows carry their branch's path like the other scoped tables
create or replace function branch_path_to_payouts() returns trigger language plpgsql as $$
begin
    if new.path is distinct from old.path then
        update payout set branch_path = new.path where branch_id = new.id;
        update programme_application set branch_path = new.path where branch_id = new.id;
        update mutualaid_claim set branch_path = new.path where branch_id = new.id;
        update hardship_file set branch_path = new.path where branch_id = new.id;
        update mutualaid_claimant_total set branch_path = new.path where branch_id = new.id;
    end if;
    return null;
end $$;
