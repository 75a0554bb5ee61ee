-- Appeals (申诉/复核申请) against a refused application, a rejected mutual-aid claim or a cancelled hardship file
-- (docs/appeals.md). The subject is named by type and id only (each owning module answers for its own record);
-- the row keeps who refused, so the database itself refuses a decision by the same person.
create sequence appeal_number_seq;

create table appeal (
    id                  bigserial primary key,
    reference           varchar(20)   not null,
    subject_type        varchar(16)   not null check (subject_type in ('APPLICATION', 'CLAIM', 'HARDSHIP_FILE')),
    subject_id          bigint        not null,
    subject_reference   varchar(40)   not null,
    branch_id           bigint        not null references branch (id),
    branch_path         varchar(255)  not null,
    appellant_worker_id bigint        not null references worker (id),
    lodged_by           varchar(64)   not null,
    reason              varchar(2000) not null check (length(btrim(reason)) > 0),
    state               varchar(16)   not null check (state in ('OPEN', 'UPHELD', 'DISMISSED')),
    refused_by          varchar(64)   not null,
    refused_at          timestamptz   not null,
    decided_by          varchar(64),
    decision_reason     varchar(2000),
    lodged_at           timestamptz   not null,
    decided_at          timestamptz,
    due_on              date          not null,
    version             bigint        not null default 0,
    constraint appeal_reference_uq unique (reference),
    -- a different staff member than the one who refused decides (also checked by the entity)
    constraint appeal_decider_not_refuser check (decided_by <> refused_by),
    constraint appeal_decision check ((state = 'OPEN') = (decided_by is null)
        and (state = 'OPEN') = (decided_at is null)
        and (state = 'OPEN' or decision_reason is not null))
);
-- at most one OPEN appeal per subject
create unique index appeal_open_subject_uq on appeal (subject_type, subject_id) where state = 'OPEN';
create index appeal_subject_idx on appeal (subject_type, subject_id, id);
create index appeal_worker_idx on appeal (appellant_worker_id, id);
-- the staff queue: a subtree's open appeals by due date (overdue first), and all of them newest first
create index appeal_scope_open_idx on appeal (branch_path varchar_pattern_ops, due_on, id) where state = 'OPEN';
create index appeal_scope_lodged_idx on appeal (branch_path varchar_pattern_ops, lodged_at desc);

create trigger appeal_branch_path_trg before insert or update of branch_id on appeal
    for each row execute function scoped_row_set_branch_path();

create function branch_path_to_appeals() returns trigger language plpgsql as $$
begin
    if new.path is distinct from old.path then
        update appeal set branch_path = new.path where branch_id = new.id;
    end if;
    return null;
end $$;
create trigger branch_path_to_appeals_trg after update of path on branch
    for each row execute function branch_path_to_appeals();
