-- Applications per branch and state, kept by statement-level triggers (transition tables) in the same
-- transaction as the change, as lead_state_total (V191): the metrics' applications by state
-- (unionaid_applications, docs/operations.md "Metrics") sum these rows instead of counting the applications.
create table programme_application_state_total (
    branch_id    bigint      not null references branch (id),
    state        varchar(24) not null,
    applications bigint      not null default 0,
    primary key (branch_id, state)
);

create function programme_application_state_total_apply() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into programme_application_state_total as t (branch_id, state, applications)
        select branch_id, state, count(*) from new_rows group by branch_id, state order by 1, 2
        on conflict (branch_id, state) do update set applications = t.applications + excluded.applications;
    elsif tg_op = 'DELETE' then
        update programme_application_state_total t set applications = t.applications - x.n
          from (select branch_id, state, count(*) n from old_rows group by branch_id, state) x
         where t.branch_id = x.branch_id and t.state = x.state;
    else
        insert into programme_application_state_total as t (branch_id, state, applications)
        select x.branch_id, x.state, sum(x.n)
          from (select o.branch_id, o.state, -1 n from old_rows o join new_rows n on n.id = o.id
                 where (o.branch_id, o.state) is distinct from (n.branch_id, n.state)
                union all
                select n.branch_id, n.state, 1 from old_rows o join new_rows n on n.id = o.id
                 where (o.branch_id, o.state) is distinct from (n.branch_id, n.state)) x
         group by x.branch_id, x.state order by 1, 2
        on conflict (branch_id, state) do update set applications = t.applications + excluded.applications;
    end if;
    return null;
end $$;
create trigger programme_application_state_total_ins_trg after insert on programme_application
    referencing new table as new_rows for each statement execute function programme_application_state_total_apply();
create trigger programme_application_state_total_upd_trg after update on programme_application
    referencing old table as old_rows new table as new_rows
    for each statement execute function programme_application_state_total_apply();
create trigger programme_application_state_total_del_trg after delete on programme_application
    referencing old table as old_rows for each statement execute function programme_application_state_total_apply();

insert into programme_application_state_total (branch_id, state, applications)
select branch_id, state, count(*) from programme_application group by 1, 2;
