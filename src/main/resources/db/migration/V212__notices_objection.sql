-- Objections (异议) lodged from the public notice board against an entry: a hardship file in public notice or a
-- programme award whose programme requires notice. Anyone may lodge one (no account); staff of the entry's branch
-- subtree resolve it with a finding and a reason. The objector's name and contact are optional and encrypted
-- (AES-GCM, as national IDs); the text is what the objector wrote.
create table objection (
    id               bigserial     primary key,
    subject_type     varchar(20)   not null check (subject_type in ('HARDSHIP_FILE', 'APPLICATION')),
    subject_id       bigint        not null,
    branch_id        bigint        not null references branch (id),
    branch_path      varchar(255)  not null,
    -- the entry as the board showed it when the objection was lodged (masked name, category or programme)
    subject_label    varchar(300)  not null,
    text             varchar(2000) not null check (length(btrim(text)) > 0),
    objector_name    text,
    objector_contact text,
    state            varchar(12)   not null default 'OPEN' check (state in ('OPEN', 'RESOLVED')),
    finding          varchar(12)   check (finding in ('UPHELD', 'NOT_UPHELD')),
    finding_reason   varchar(2000),
    resolved_by      varchar(100),
    resolved_at      timestamptz,
    lodged_at        timestamptz   not null,
    version          bigint        not null default 0,
    constraint objection_resolution check (
        (state = 'OPEN' and finding is null and finding_reason is null and resolved_by is null and resolved_at is null)
        or (state = 'RESOLVED' and finding is not null and length(btrim(finding_reason)) > 0
            and resolved_by is not null and resolved_at is not null))
);
create trigger objection_branch_path_trg before insert or update of branch_id on objection
    for each row execute function scoped_row_set_branch_path();
-- "is there an open objection on this entry" (payout approval, a new notice)
create index objection_open_subject_idx on objection (subject_type, subject_id) where state = 'OPEN';
-- the staff queue: a subtree's open objections, oldest first, and all of them newest first
create index objection_scope_idx on objection (branch_path varchar_pattern_ops, state, lodged_at);

-- rewritten when a branch moves, by this module's own trigger (as the people module does, V200)
create function branch_path_to_objections() returns trigger language plpgsql as $$
begin
    if new.path is distinct from old.path then
        update objection set branch_path = new.path where branch_id = new.id;
    end if;
    return null;
end $$;
create trigger branch_path_to_objections_trg after update of path on branch
    for each row execute function branch_path_to_objections();
