-- Append-only audit trail: who did what, when, to which record, with before/after values and why.
create table audit_event (
    id           bigserial primary key,
    occurred_at  timestamptz  not null default now(),
    actor        varchar(64)  not null,
    actor_id     bigint,
    entity_type  varchar(64)  not null,
    entity_id    varchar(64),
    action       varchar(64)  not null,
    branch_id    bigint,
    before_value jsonb,
    after_value  jsonb,
    reason       text
);
create index audit_event_occurred_idx on audit_event (occurred_at desc);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
create index audit_event_actor_idx on audit_event (actor);
create index audit_event_branch_idx on audit_event (branch_id);

create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
