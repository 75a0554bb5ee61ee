-- Payouts: one per origin (application, plan measure or claim) while live; maker-checker approval;
-- funding split over sources. source_id and programme_id are ids of other modules (no foreign keys).
create sequence payout_reference_seq;

create table payout (
    id                  bigserial     primary key,
    reference           varchar(20)   not null unique,
    source_type         varchar(20)   not null check (source_type in ('APPLICATION', 'PLAN_MEASURE', 'CLAIM')),
    source_id           bigint        not null,
    branch_id           bigint        not null references branch (id),
    payee_worker_id     bigint        not null references worker (id),
    programme_id        bigint,
    form                varchar(10)   not null check (form in ('CASH', 'IN_KIND')),
    amount              numeric(14,2) not null check (amount > 0),
    item                varchar(200),
    quantity            integer       check (quantity is null or quantity > 0),
    purpose             varchar(500)  not null,
    state               varchar(20)   not null check (state in ('PROPOSED', 'APPROVED', 'REJECTED', 'IN_BATCH',
                                                                 'PAID', 'FAILED', 'CANCELLED')),
    proposed_by         bigint        not null,
    proposed_by_name    varchar(64)   not null,
    proposed_at         timestamptz   not null,
    first_approved_by   bigint,
    first_approved_at   timestamptz,
    approved_by         bigint,
    approved_at         timestamptz,
    decision_reason     varchar(1000),
    funding_committed   boolean       not null default false,
    reissue_of          bigint        references payout (id),
    batch_id            bigint,
    delivered_on        date,
    delivered_by        varchar(100),
    paid_at             timestamptz,
    version             bigint        not null default 0,
    updated_at          timestamptz   not null default now(),
    constraint payout_in_kind_check check (form = 'CASH' or (item is not null and quantity is not null)),
    -- maker-checker in the database too: nobody approves their own proposal, and the two approvers differ
    constraint payout_checker_check check (approved_by is null or approved_by <> proposed_by),
    constraint payout_first_checker_check check (first_approved_by is null or first_approved_by <> proposed_by),
    constraint payout_two_checkers_check check (first_approved_by is null or approved_by is null
                                                or first_approved_by <> approved_by),
    constraint payout_approved_check check (state not in ('APPROVED', 'IN_BATCH', 'PAID')
                                            or (approved_by is not null and funding_committed))
);
-- at most one live payout per origin: the rule that makes a double payment impossible
create unique index payout_live_source_uq on payout (source_type, source_id)
    where state not in ('REJECTED', 'FAILED', 'CANCELLED');
-- a failed payout is reissued once
create unique index payout_reissue_uq on payout (reissue_of) where reissue_of is not null;
create index payout_state_idx on payout (state, proposed_at desc);
create index payout_branch_idx on payout (branch_id, proposed_at desc);
create index payout_programme_idx on payout (programme_id) where programme_id is not null;
create index payout_payee_idx on payout (payee_worker_id);
create index payout_batch_idx on payout (batch_id) where batch_id is not null;

create table payout_funding (
    payout_id         bigint        not null references payout (id),
    funding_source_id bigint        not null references funding_source (id),
    amount            numeric(14,2) not null check (amount > 0),
    primary key (payout_id, funding_source_id)
);
create index payout_funding_source_idx on payout_funding (funding_source_id);

-- The history of each payout (append-only), shown on its page.
create table payout_transition (
    id          bigserial    primary key,
    payout_id   bigint       not null references payout (id),
    from_state  varchar(20),
    to_state    varchar(20)  not null,
    action      varchar(20)  not null,
    actor       varchar(64)  not null,
    actor_id    bigint,
    occurred_at timestamptz  not null,
    reason      varchar(1000)
);
create index payout_transition_payout_idx on payout_transition (payout_id, id);
-- a payout is finally approved once, whatever happens concurrently
create unique index payout_transition_approve_uq on payout_transition (payout_id) where action = 'APPROVE';
