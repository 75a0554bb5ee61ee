-- The scope on the row for the applications list and the claims review queue too (as for payouts in V182):
-- each row carries its branch's path, set on insert and rewritten when a branch moves.
create function scoped_row_set_branch_path() returns trigger language plpgsql as $$
begin
    select path into new.branch_path from branch where id = new.branch_id;
    return new;
end $$;

alter table programme_application add column branch_path varchar(255);
update programme_application a set branch_path = b.path from branch b where b.id = a.branch_id;
alter table programme_application alter column branch_path set not null;
create trigger programme_application_branch_path_trg before insert or update of branch_id on programme_application
    for each row execute function scoped_row_set_branch_path();
create index programme_application_scope_idx on programme_application (branch_path varchar_pattern_ops, created_at desc);

alter table mutualaid_claim add column branch_path varchar(255);
update mutualaid_claim c set branch_path = b.path from branch b where b.id = c.branch_id;
alter table mutualaid_claim alter column branch_path set not null;
create trigger mutualaid_claim_branch_path_trg before insert or update of branch_id on mutualaid_claim
    for each row execute function scoped_row_set_branch_path();
-- the review queue, oldest first: walked in order, the scope checked on the row
create index mutualaid_claim_review_idx on mutualaid_claim (submitted_on, id)
    where state in ('SUBMITTED', 'IN_REVIEW', 'MORE_INFO_REQUESTED');
create index mutualaid_claim_scope_idx on mutualaid_claim (branch_path varchar_pattern_ops, submitted_on);

-- one function keeps every scoped table right when a branch's path changes
create or replace function branch_path_to_payouts() returns trigger language plpgsql as $$
begin
    if new.path is distinct from old.path then
        update payout set branch_path = new.path where branch_id = new.id;
        update programme_application set branch_path = new.path where branch_id = new.id;
        update mutualaid_claim set branch_path = new.path where branch_id = new.id;
    end if;
    return null;
end $$;
