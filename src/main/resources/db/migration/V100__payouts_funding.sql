-- Funding sources of programmes (union budget lines, partner foundations). Available = allocated - committed
-- - paid, and the database refuses anything that would make it negative. Commitments are made by a
-- conditional UPDATE (... WHERE allocated - committed - paid >= :amount) whose row count is checked; the
-- CHECK below is the last line of defence. programme_id is an id of the programmes module, not a foreign key
-- (payouts knows nothing of programmes).
create table funding_source (
    id              bigserial     primary key,
    programme_id    bigint        not null,
    branch_id       bigint        not null references branch (id),
    kind            varchar(20)   not null check (kind in ('UNION_BUDGET', 'PARTNER')),
    name            varchar(200)  not null,
    partner_user_id bigint        references user_account (id),
    allocated       numeric(14,2) not null check (allocated >= 0),
    committed       numeric(14,2) not null default 0 check (committed >= 0),
    paid            numeric(14,2) not null default 0 check (paid >= 0),
    created_by      varchar(64)   not null,
    created_at      timestamptz   not null default now(),
    version         bigint        not null default 0,
    constraint funding_source_available_check check (allocated - committed - paid >= 0),
    constraint funding_source_partner_check check ((kind = 'PARTNER') = (partner_user_id is not null))
);
create index funding_source_programme_idx on funding_source (programme_id, id);
create index funding_source_partner_idx on funding_source (partner_user_id) where partner_user_id is not null;

-- Append-only money history of every source (bulk updates are invisible to entity auditing).
create table funding_movement (
    id                bigserial     primary key,
    funding_source_id bigint        not null references funding_source (id),
    payout_id         bigint,
    kind              varchar(20)   not null check (kind in ('PLEDGE', 'COMMIT', 'RELEASE', 'PAY')),
    amount            numeric(14,2) not null check (amount > 0),
    actor             varchar(64)   not null,
    occurred_at       timestamptz   not null default now()
);
create index funding_movement_source_idx on funding_movement (funding_source_id, id);
create index funding_movement_payout_idx on funding_movement (payout_id) where payout_id is not null;

create or replace function funding_movement_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'funding_movement is append-only';
end $$;
create trigger funding_movement_no_change before update or delete on funding_movement
    for each row execute function funding_movement_append_only();
