-- Payouts per branch and state with their amounts, kept by statement-level triggers (transition tables) in the
-- same transaction as the change, as payout_paid_total (V192): the metrics' payouts by state
-- (unionaid_payouts, unionaid_payouts_amount; docs/operations.md "Metrics") sum these rows instead of
-- counting the payouts.
create table payout_state_total (
    branch_id bigint        not null references branch (id),
    state     varchar(16)   not null,
    payouts   bigint        not null default 0,
    amount    numeric(16,2) not null default 0,
    primary key (branch_id, state)
);

create function payout_state_total_apply() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into payout_state_total as t (branch_id, state, payouts, amount)
        select branch_id, state, count(*), sum(amount) from new_rows group by branch_id, state order by 1, 2
        on conflict (branch_id, state) do update
           set payouts = t.payouts + excluded.payouts, amount = t.amount + excluded.amount;
    elsif tg_op = 'DELETE' then
        update payout_state_total t set payouts = t.payouts - x.n, amount = t.amount - x.a
          from (select branch_id, state, count(*) n, sum(amount) a from old_rows group by branch_id, state) x
         where t.branch_id = x.branch_id and t.state = x.state;
    else
        insert into payout_state_total as t (branch_id, state, payouts, amount)
        select x.branch_id, x.state, sum(x.n), sum(x.n * x.amount)
          from (select o.branch_id, o.state, o.amount, -1 n from old_rows o join new_rows n on n.id = o.id
                 where (o.branch_id, o.state, o.amount) is distinct from (n.branch_id, n.state, n.amount)
                union all
                select n.branch_id, n.state, n.amount, 1 from old_rows o join new_rows n on n.id = o.id
                 where (o.branch_id, o.state, o.amount) is distinct from (n.branch_id, n.state, n.amount)) x
         group by x.branch_id, x.state order by 1, 2
        on conflict (branch_id, state) do update
           set payouts = t.payouts + excluded.payouts, amount = t.amount + excluded.amount;
    end if;
    return null;
end $$;
create trigger payout_state_total_ins_trg after insert on payout
    referencing new table as new_rows for each statement execute function payout_state_total_apply();
create trigger payout_state_total_upd_trg after update on payout
    referencing old table as old_rows new table as new_rows for each statement execute function payout_state_total_apply();
create trigger payout_state_total_del_trg after delete on payout
    referencing old table as old_rows for each statement execute function payout_state_total_apply();

insert into payout_state_total (branch_id, state, payouts, amount)
select branch_id, state, count(*), sum(amount) from payout group by 1, 2;
