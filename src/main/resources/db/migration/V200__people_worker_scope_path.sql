-- The worker search at provincial scale (issue 10): the worker carries its branch's path like the other scoped
-- rows (V182, V183, V185), so a subtree is a filter on the row, not a join to branch per row; set on insert and on
-- a change of branch by the shared trigger function, rewritten when a branch moves by the people module's own
-- trigger on branch.
alter table worker add column branch_path varchar(255);
update worker w set branch_path = b.path from branch b where b.id = w.branch_id;
alter table worker alter column branch_path set not null;
create trigger worker_branch_path_trg before insert or update of branch_id on worker
    for each row execute function scoped_row_set_branch_path();

create function branch_path_to_workers() returns trigger language plpgsql as $$
begin
    if new.path is distinct from old.path then
        update worker set branch_path = new.path where branch_id = new.id;
    end if;
    return null;
end $$;
create trigger branch_path_to_workers_trg after update of path on branch
    for each row execute function branch_path_to_workers();

-- the list's order (name in byte order of its lower case, then id) with the scope, so a page and a capped count
-- of a name prefix are read from the index alone; phone prefixes keep worker_phone_prefix_idx
drop index worker_name_c_order_idx;
create index worker_name_c_order_idx on worker ((lower(name) collate "C"), id) include (branch_path);
-- a small scope (a grassroots union) in name order
create index worker_scope_name_idx on worker (branch_path varchar_pattern_ops, (lower(name) collate "C"), id);
-- a phone prefix is listed in phone order: one range of this index, a page and a capped count from it alone
create index worker_phone_order_idx on worker ((phone collate "C"), id) include (branch_path);
drop index worker_phone_prefix_idx;
drop index worker_name_prefix_idx;
