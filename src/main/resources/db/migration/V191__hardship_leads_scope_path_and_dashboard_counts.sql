-- The leads list at scale (issue 10), as the payouts list in V182: the lead carries its branch's path (set on
-- insert, rewritten when a branch moves), the page is chosen from lead alone by an index per filter in the
-- list's order (newest first), the count stops at 10,001.
alter table lead add column branch_path varchar(255);
update lead l set branch_path = b.path from branch b where b.id = l.branch_id;
alter table lead alter column branch_path set not null;
create trigger lead_branch_path_trg before insert or update of branch_id on lead
    for each row execute function scoped_row_set_branch_path();
create index lead_scope_idx on lead (branch_path varchar_pattern_ops, created_at desc);
create index lead_newest_idx on lead (created_at desc, id);
create index lead_state_newest_idx on lead (state, created_at desc, id);
create index lead_source_newest_idx on lead (source, created_at desc, id);
create index lead_assigned_newest_idx on lead (assigned_to_user_id, created_at desc, id);
create index lead_duplicate_newest_idx on lead (created_at desc, id) where duplicate_reason is not null;
drop index lead_created_idx;

create or replace function branch_path_to_payouts() returns trigger language plpgsql as $$
begin
    if new.path is distinct from old.path then
        update payout set branch_path = new.path where branch_id = new.id;
        update programme_application set branch_path = new.path where branch_id = new.id;
        update mutualaid_claim set branch_path = new.path where branch_id = new.id;
        update hardship_file set branch_path = new.path where branch_id = new.id;
        update mutualaid_claimant_total set branch_path = new.path where branch_id = new.id;
        update lead set branch_path = new.path where branch_id = new.id;
    end if;
    return null;
end $$;

-- The dashboard's counts from summaries kept in the same transaction (statement-level triggers with transition
-- tables): leads per branch and state, hardship files per branch, state and current category.
create table lead_state_total (
    branch_id bigint      not null references branch (id),
    state     varchar(12) not null,
    leads     bigint      not null default 0,
    primary key (branch_id, state)
);
create table hardship_file_total (
    branch_id bigint      not null references branch (id),
    state     varchar(16) not null,
    category  varchar(16) not null,
    files     bigint      not null default 0,
    primary key (branch_id, state, category)
);

create function lead_state_total_apply() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into lead_state_total as t (branch_id, state, leads)
        select branch_id, state, count(*) from new_rows group by branch_id, state order by 1, 2
        on conflict (branch_id, state) do update set leads = t.leads + excluded.leads;
    elsif tg_op = 'DELETE' then
        update lead_state_total t set leads = t.leads - x.n
          from (select branch_id, state, count(*) n from old_rows group by branch_id, state) x
         where t.branch_id = x.branch_id and t.state = x.state;
    else
        insert into lead_state_total as t (branch_id, state, leads)
        select x.branch_id, x.state, sum(x.n)
          from (select o.branch_id, o.state, -1 n from old_rows o join new_rows n on n.id = o.id
                 where (o.branch_id, o.state) is distinct from (n.branch_id, n.state)
                union all
                select n.branch_id, n.state, 1 from old_rows o join new_rows n on n.id = o.id
                 where (o.branch_id, o.state) is distinct from (n.branch_id, n.state)) x
         group by x.branch_id, x.state order by 1, 2
        on conflict (branch_id, state) do update set leads = t.leads + excluded.leads;
    end if;
    return null;
end $$;
create trigger lead_state_total_ins_trg after insert on lead
    referencing new table as new_rows for each statement execute function lead_state_total_apply();
create trigger lead_state_total_upd_trg after update on lead
    referencing old table as old_rows new table as new_rows for each statement execute function lead_state_total_apply();
create trigger lead_state_total_del_trg after delete on lead
    referencing old table as old_rows for each statement execute function lead_state_total_apply();

create function hardship_file_total_apply() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into hardship_file_total as t (branch_id, state, category, files)
        select branch_id, state, category, count(*) from new_rows group by branch_id, state, category order by 1, 2, 3
        on conflict (branch_id, state, category) do update set files = t.files + excluded.files;
    elsif tg_op = 'DELETE' then
        update hardship_file_total t set files = t.files - x.n
          from (select branch_id, state, category, count(*) n from old_rows group by branch_id, state, category) x
         where t.branch_id = x.branch_id and t.state = x.state and t.category = x.category;
    else
        insert into hardship_file_total as t (branch_id, state, category, files)
        select x.branch_id, x.state, x.category, sum(x.n)
          from (select o.branch_id, o.state, o.category, -1 n from old_rows o join new_rows n on n.id = o.id
                 where (o.branch_id, o.state, o.category) is distinct from (n.branch_id, n.state, n.category)
                union all
                select n.branch_id, n.state, n.category, 1 from old_rows o join new_rows n on n.id = o.id
                 where (o.branch_id, o.state, o.category) is distinct from (n.branch_id, n.state, n.category)) x
         group by x.branch_id, x.state, x.category order by 1, 2, 3
        on conflict (branch_id, state, category) do update set files = t.files + excluded.files;
    end if;
    return null;
end $$;
create trigger hardship_file_total_ins_trg after insert on hardship_file
    referencing new table as new_rows for each statement execute function hardship_file_total_apply();
create trigger hardship_file_total_upd_trg after update on hardship_file
    referencing old table as old_rows new table as new_rows for each statement execute function hardship_file_total_apply();
create trigger hardship_file_total_del_trg after delete on hardship_file
    referencing old table as old_rows for each statement execute function hardship_file_total_apply();

insert into lead_state_total (branch_id, state, leads) select branch_id, state, count(*) from lead group by 1, 2;
insert into hardship_file_total (branch_id, state, category, files)
select branch_id, state, category, count(*) from hardship_file group by 1, 2, 3;
