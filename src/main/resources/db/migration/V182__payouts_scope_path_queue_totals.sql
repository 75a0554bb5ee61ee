-- Lists that do not grow with the scope (issue 10). A payout carries its branch's path, so a branch subtree is
-- filtered on the row itself (no join to branch per row), kept right by triggers: set on insert, rewritten
-- when a branch's path changes (a branch moved).
alter table payout add column branch_path varchar(255);
update payout p set branch_path = b.path from branch b where b.id = p.branch_id;
alter table payout alter column branch_path set not null;

create function payout_set_branch_path() returns trigger language plpgsql as $$
begin
    select path into new.branch_path from branch where id = new.branch_id;
    return new;
end $$;
create trigger payout_branch_path_trg before insert or update of branch_id on payout
    for each row execute function payout_set_branch_path();

create function branch_path_to_payouts() returns trigger language plpgsql as $$
begin
    if new.path is distinct from old.path then
        update payout set branch_path = new.path where branch_id = new.id;
    end if;
    return null;
end $$;
create trigger branch_path_to_payouts_trg after update of path on branch
    for each row execute function branch_path_to_payouts();

-- a small scope: its rows by the path prefix, then sorted; a big scope walks the order indexes
create index payout_scope_idx on payout (branch_path varchar_pattern_ops, proposed_at desc);
create index payout_queue_idx on payout (proposed_at, id) where state = 'PROPOSED';
-- the queue leaves out an admin's own proposals and what they approved first: few rows each
create index payout_proposed_by_idx on payout (proposed_by) where state = 'PROPOSED';
create index payout_first_approved_by_idx on payout (first_approved_by) where state = 'PROPOSED';

-- The approval queue's count and sum per branch, kept in the same transaction as every change of a payout's
-- state or amount (trigger), so the queue totals never scan the payouts.
create table payout_queue_total (
    branch_id bigint        primary key references branch (id),
    proposed  bigint        not null default 0 check (proposed >= 0),
    amount    numeric(16,2) not null default 0 check (amount >= 0)
);
insert into payout_queue_total (branch_id, proposed, amount)
select branch_id, count(*), sum(amount) from payout where state = 'PROPOSED' group by branch_id;

create function payout_queue_total_trg() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.state = 'PROPOSED' then
        update payout_queue_total set proposed = proposed - 1, amount = amount - old.amount
         where branch_id = old.branch_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.state = 'PROPOSED' then
        insert into payout_queue_total as t (branch_id, proposed, amount) values (new.branch_id, 1, new.amount)
            on conflict (branch_id) do update set proposed = t.proposed + 1, amount = t.amount + excluded.amount;
    end if;
    return null;
end $$;
create trigger payout_queue_total_trg after insert or update of state, amount, branch_id or delete on payout
    for each row execute function payout_queue_total_trg();
