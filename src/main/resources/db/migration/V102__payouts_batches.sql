-- Disbursement batches: approved cash payouts gathered for the bank; a payout is in at most one batch.
create sequence disbursement_batch_reference_seq;

create table disbursement_batch (
    id          bigserial     primary key,
    reference   varchar(20)   not null unique,
    branch_id   bigint        not null references branch (id),
    created_by  varchar(64)   not null,
    created_at  timestamptz   not null,
    item_count  integer       not null check (item_count > 0),
    total       numeric(14,2) not null check (total > 0),
    version     bigint        not null default 0
);
create index disbursement_batch_branch_idx on disbursement_batch (branch_id, created_at desc);

create table disbursement_batch_item (
    id          bigserial     primary key,
    batch_id    bigint        not null references disbursement_batch (id),
    payout_id   bigint        not null references payout (id),
    amount      numeric(14,2) not null check (amount > 0),
    result      varchar(10)   check (result in ('PAID', 'FAILED')),
    result_reason varchar(500),
    settled_at  timestamptz,
    constraint disbursement_batch_item_payout_uq unique (payout_id)
);
create index disbursement_batch_item_batch_idx on disbursement_batch_item (batch_id, id);

alter table payout add constraint payout_batch_fk foreign key (batch_id) references disbursement_batch (id);
