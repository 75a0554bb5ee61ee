-- Applications to programmes: a worker's own or a caseworker's nomination, the stored eligibility check
-- (each rule's result and reason, the tier and amount, the rule version it used), the caseworker's
-- recommendation, the decision and the payout's state as the payouts module reported it.
create sequence programme_application_number_seq;

create table programme_application (
    id                  bigserial      primary key,
    reference           varchar(30)    not null unique,
    programme_id        bigint         not null references programme (id),
    worker_id           bigint         not null references worker (id),
    member_id           bigint         references household_member (id),
    member_name         varchar(100),
    branch_id           bigint         not null references branch (id),
    origin              varchar(16)    not null check (origin in ('SELF', 'NOMINATION')),
    submitted_by        varchar(64)    not null,
    state               varchar(24)    not null check (state in ('SUBMITTED', 'MORE_INFO_REQUESTED', 'RECOMMENDED',
        'APPROVED', 'REJECTED', 'PAID', 'WITHDRAWN')),
    eligible            boolean        not null,
    rule_version        integer        not null,
    tier_label          varchar(100),
    amount              numeric(14, 2) check (amount >= 0),
    checked_at          timestamptz    not null,
    statement           varchar(4000)  not null default '',
    info_request        varchar(2000),
    info_answer         varchar(4000),
    recommendation      varchar(2000),
    recommended_by      varchar(64),
    decision_reason     varchar(2000),
    decided_by          varchar(64),
    payout_id           bigint,
    payout_state        varchar(16),
    version             bigint         not null default 0,
    created_at          timestamptz    not null default now(),
    updated_at          timestamptz    not null default now(),
    constraint programme_application_rejection_reason check (state <> 'REJECTED' or decision_reason is not null)
);
create index programme_application_programme_idx on programme_application (programme_id, state);
create index programme_application_worker_idx on programme_application (worker_id);
create index programme_application_branch_idx on programme_application (branch_id);
create index programme_application_state_idx on programme_application (state);
create index programme_application_eligible_idx on programme_application (eligible);
create index programme_application_created_idx on programme_application (created_at desc, id desc);

create table programme_application_answer (
    application_id  bigint        not null references programme_application (id),
    position        integer       not null,
    question        varchar(500)  not null,
    answer          boolean       not null,
    primary key (application_id, position)
);

-- The stored eligibility check: one row per rule (and question, and the tier) with its reason message.
create table programme_rule_result (
    application_id  bigint        not null references programme_application (id),
    position        integer       not null,
    rule            varchar(32)   not null,
    passed          boolean       not null,
    reason_key      varchar(100)  not null,
    reason_args     varchar(1000) not null default '',
    primary key (application_id, position)
);

-- Every state change of an application, append-only.
create table programme_application_transition (
    id              bigserial     primary key,
    application_id  bigint        not null references programme_application (id),
    from_state      varchar(24),
    to_state        varchar(24)   not null,
    actor           varchar(64)   not null,
    reason          varchar(2000),
    at              timestamptz   not null default now()
);
create index programme_application_transition_idx on programme_application_transition (application_id, id);
