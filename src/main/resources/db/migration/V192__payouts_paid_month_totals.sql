-- The dashboard's money paid per month from a summary (issue 10): PAID payouts per branch, month, programme
-- (0 = none) and source type, kept by statement-level triggers in the same transaction as the payment. Months
-- are months in the application's zone (unionaid.time-zone); the zone the summary was built in is stored here,
-- and the application rebuilds the summary at start-up when it is configured with another one
-- (payouts.PaidTotalsZone).
create table summary_time_zone (
    only_row boolean     primary key default true check (only_row),
    zone     varchar(64) not null
);
insert into summary_time_zone (zone) values ('Asia/Shanghai');

create table payout_paid_total (
    branch_id    bigint        not null references branch (id),
    month        date          not null,
    programme_id bigint        not null,
    source_type  varchar(20)   not null,
    payouts      bigint        not null default 0,
    amount       numeric(16,2) not null default 0,
    primary key (branch_id, month, programme_id, source_type)
);
create index payout_paid_total_month_idx on payout_paid_total (month);

create function payout_paid_month(paid_at timestamptz, zone varchar) returns date language sql immutable as $$
    select date_trunc('month', paid_at at time zone zone)::date
$$;

create function payout_paid_total_apply() returns trigger language plpgsql as $$
declare
    z varchar := (select zone from summary_time_zone);
begin
    if tg_op = 'INSERT' then
        insert into payout_paid_total as t (branch_id, month, programme_id, source_type, payouts, amount)
        select branch_id, payout_paid_month(paid_at, z), coalesce(programme_id, 0), source_type, count(*), sum(amount)
          from new_rows where state = 'PAID' and paid_at is not null
         group by 1, 2, 3, 4 order by 1, 2, 3, 4
        on conflict (branch_id, month, programme_id, source_type) do update
           set payouts = t.payouts + excluded.payouts, amount = t.amount + excluded.amount;
    elsif tg_op = 'DELETE' then
        update payout_paid_total t set payouts = t.payouts - x.n, amount = t.amount - x.a
          from (select branch_id, payout_paid_month(paid_at, z) m, coalesce(programme_id, 0) p, source_type s,
                       count(*) n, sum(amount) a
                  from old_rows where state = 'PAID' and paid_at is not null group by 1, 2, 3, 4) x
         where t.branch_id = x.branch_id and t.month = x.m and t.programme_id = x.p and t.source_type = x.s;
    else
        insert into payout_paid_total as t (branch_id, month, programme_id, source_type, payouts, amount)
        select x.branch_id, payout_paid_month(x.paid_at, z), coalesce(x.programme_id, 0), x.source_type, sum(x.n),
               sum(x.n * x.amount)
          from (select o.branch_id, o.paid_at, o.programme_id, o.source_type, o.amount, -1 n
                  from old_rows o join new_rows n on n.id = o.id
                 where o.state = 'PAID' and o.paid_at is not null
                   and (o.branch_id, o.paid_at, o.programme_id, o.source_type, o.amount, o.state)
                       is distinct from (n.branch_id, n.paid_at, n.programme_id, n.source_type, n.amount, n.state)
                union all
                select n.branch_id, n.paid_at, n.programme_id, n.source_type, n.amount, 1
                  from old_rows o join new_rows n on n.id = o.id
                 where n.state = 'PAID' and n.paid_at is not null
                   and (o.branch_id, o.paid_at, o.programme_id, o.source_type, o.amount, o.state)
                       is distinct from (n.branch_id, n.paid_at, n.programme_id, n.source_type, n.amount, n.state)) x
         group by 1, 2, 3, 4 order by 1, 2, 3, 4
        on conflict (branch_id, month, programme_id, source_type) do update
           set payouts = t.payouts + excluded.payouts, amount = t.amount + excluded.amount;
    end if;
    return null;
end $$;
create trigger payout_paid_total_ins_trg after insert on payout
    referencing new table as new_rows for each statement execute function payout_paid_total_apply();
create trigger payout_paid_total_upd_trg after update on payout
    referencing old table as old_rows new table as new_rows for each statement execute function payout_paid_total_apply();
create trigger payout_paid_total_del_trg after delete on payout
    referencing old table as old_rows for each statement execute function payout_paid_total_apply();

-- (re)builds the summary in the given zone; the application calls it at start-up when its zone differs
create function payout_paid_total_rebuild(new_zone varchar) returns void language plpgsql as $$
begin
    lock table payout in share mode;
    lock table payout_paid_total in exclusive mode;
    update summary_time_zone set zone = new_zone;
    delete from payout_paid_total;
    insert into payout_paid_total (branch_id, month, programme_id, source_type, payouts, amount)
    select branch_id, payout_paid_month(paid_at, new_zone), coalesce(programme_id, 0), source_type, count(*),
           sum(amount)
      from payout where state = 'PAID' and paid_at is not null group by 1, 2, 3, 4;
end $$;
select payout_paid_total_rebuild('Asia/Shanghai');
