-- Micro-wishes (微心愿, docs/wishes.md): a worker's small wish under a MICRO_WISH programme, approved by a
-- caseworker for the donors' board, claimed by a donor (a PARTNER user or staff), delivered with a photo or
-- confirmed by the worker. The board shows only the masked name kept here, never the worker's contact data.
create sequence wish_number_seq;

create table wish (
    id                   bigserial primary key,
    reference            varchar(20)   not null,
    programme_id         bigint        not null references programme (id),
    worker_id            bigint        not null references worker (id),
    masked_name          varchar(100)  not null,
    branch_id            bigint        not null references branch (id),
    branch_path          varchar(255)  not null,
    title                varchar(100)  not null check (length(btrim(title)) > 0),
    reason               varchar(1000) not null check (length(btrim(reason)) > 0),
    wish_value           numeric(14, 2) not null check (wish_value > 0),
    state                varchar(16)   not null check (state in ('SUBMITTED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN',
                                                                  'CLAIMED', 'DELIVERED')),
    posted_by            varchar(64)   not null,
    posted_at            timestamptz   not null,
    reviewed_by          varchar(64),
    reviewed_at          timestamptz,
    rejection_reason     varchar(1000),
    donor_user_id        bigint,
    donor_name           varchar(200),
    claimed_at           timestamptz,
    delivered_by         varchar(64),
    delivered_at         timestamptz,
    delivery_note        varchar(1000),
    delivery_document_id bigint,
    confirmed_at         timestamptz,
    version              bigint        not null default 0,
    constraint wish_reference_uq unique (reference),
    -- a claimed or delivered wish has its donor, and only those
    constraint wish_donor check ((state in ('CLAIMED', 'DELIVERED')) = (donor_user_id is not null)),
    -- a delivered wish has its day and its proof: the donor's photo or the worker's confirmation
    constraint wish_delivery check ((state = 'DELIVERED') = (delivered_at is not null)
        and (state <> 'DELIVERED' or delivery_document_id is not null or confirmed_at is not null)),
    constraint wish_rejection check (state <> 'REJECTED' or rejection_reason is not null)
);
-- the board and the review queue of a subtree, newest first; a worker's wishes; a donor's claims
create index wish_scope_state_idx on wish (branch_path varchar_pattern_ops, state, posted_at desc, id);
create index wish_worker_idx on wish (worker_id, id);
create index wish_donor_idx on wish (donor_user_id, id) where donor_user_id is not null;

create trigger wish_branch_path_trg before insert or update of branch_id on wish
    for each row execute function scoped_row_set_branch_path();

create function branch_path_to_wishes() returns trigger language plpgsql as $$
begin
    if new.path is distinct from old.path then
        update wish set branch_path = new.path where branch_id = new.id;
    end if;
    return null;
end $$;
create trigger branch_path_to_wishes_trg after update of path on branch
    for each row execute function branch_path_to_wishes();
