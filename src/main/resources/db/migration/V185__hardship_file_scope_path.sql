-- The scope on the row for the hardship files list too (as V182/V183): the file carries its branch's path, set
-- on insert and rewritten when a branch moves.
alter table hardship_file add column branch_path varchar(255);
update hardship_file f set branch_path = b.path from branch b where b.id = f.branch_id;
alter table hardship_file alter column branch_path set not null;
create trigger hardship_file_branch_path_trg before insert or update of branch_id on hardship_file
    for each row execute function scoped_row_set_branch_path();
create index hardship_file_scope_idx on hardship_file (branch_path varchar_pattern_ops, filed_on desc);
-- the filters the list offers, walked in the list's order
create index hardship_file_state_filed_idx on hardship_file (state, filed_on desc, id desc);

create or replace function branch_path_to_payouts() returns trigger language plpgsql as $$
begin
    if new.path is distinct from old.path then
        update payout set branch_path = new.path where branch_id = new.id;
        update programme_application set branch_path = new.path where branch_id = new.id;
        update mutualaid_claim set branch_path = new.path where branch_id = new.id;
        update hardship_file set branch_path = new.path where branch_id = new.id;
    end if;
    return null;
end $$;
