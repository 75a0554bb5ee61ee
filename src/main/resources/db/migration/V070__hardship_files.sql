-- Hardship-worker files (困难职工档案, docs/design.md §3): one open file per household, its state history, the
-- assistance plan (一户一策), annual reviews and joint (multi-agency) review meetings.
create sequence hardship_file_number_seq;

create table hardship_file (
    id                   bigserial primary key,
    file_number          varchar(60)    not null,
    primary_worker_id    bigint         not null references worker (id),
    household_id         bigint         not null references household (id),
    branch_id            bigint         not null references branch (id),
    -- the lead this file came from; its foreign key comes with the leads
    lead_id              bigint,
    -- the current category (a review may change it) and the one chosen at filing
    category             varchar(16)    not null check (category in ('DEEP', 'RELATIVE', 'ACCIDENT')),
    filed_category       varchar(16)    not null check (filed_category in ('DEEP', 'RELATIVE', 'ACCIDENT')),
    level                varchar(16)    not null check (level in ('NATIONAL', 'PROVINCIAL', 'CITY')),
    primary_cause        varchar(24)    not null check (primary_cause in ('ILLNESS', 'DISABILITY', 'SCHOOLING',
        'DISASTER', 'ACCIDENT', 'UNEMPLOYMENT', 'ENTERPRISE_CLOSURE', 'WORK_INJURY', 'SINGLE_PARENT', 'OTHER')),
    -- comma-separated causes of the same list
    secondary_causes     varchar(300)   not null default '',
    worker_type          varchar(16)    not null check (worker_type in ('URBAN', 'MIGRANT')),
    origin               varchar(16)    not null check (origin in ('NEW', 'EXISTING', 'RELAPSED')),
    -- the household as it was on the filing date
    household_size       integer        not null check (household_size >= 1),
    annual_income        numeric(14, 2) not null check (annual_income >= 0),
    rigid_expenditure    numeric(14, 2) not null check (rigid_expenditure >= 0),
    per_capita_income    numeric(14, 2) not null,
    -- the eligibility assessment on the filing date and what the caseworker chose
    rule_set_id          bigint         not null references eligibility_rule_set (id),
    min_living_standard  numeric(14, 2) not null check (min_living_standard > 0),
    suggested_category   varchar(16) check (suggested_category in ('DEEP', 'RELATIVE', 'ACCIDENT')),
    reason_key           varchar(100)   not null,
    reason_args          varchar(500)   not null default '',
    override_reason      varchar(1000),
    caseworker_id        bigint         not null references user_account (id),
    caseworker_name      varchar(64)    not null,
    state                varchar(16)    not null check (state in ('DRAFT', 'IN_REVIEW', 'PUBLIC_NOTICE', 'ACTIVE',
        'EXITED', 'MONITORING', 'CLOSED', 'CANCELLED')),
    filed_on             date           not null,
    notice_started_on    date,
    notice_ends_on       date,
    activated_on         date,
    exited_on            date,
    exit_reason          varchar(1000),
    monitoring_ends_on   date,
    closed_on            date,
    cancelled_on         date,
    cancel_reason_code   varchar(16) check (cancel_reason_code in ('DEATH', 'RETIREMENT', 'MOVED_AWAY', 'NOT_ELIGIBLE',
        'FRAUD')),
    cancel_reason_text   varchar(1000),
    next_review_due      date,
    version              bigint         not null default 0,
    created_at           timestamptz    not null default now(),
    updated_at           timestamptz    not null default now(),
    constraint hardship_file_number_uq unique (file_number),
    constraint hardship_file_override_reason check (suggested_category is not null and filed_category = suggested_category
        or override_reason is not null),
    constraint hardship_file_notice_dates check ((state <> 'PUBLIC_NOTICE') or notice_ends_on is not null),
    constraint hardship_file_monitoring_dates check ((state <> 'MONITORING') or monitoring_ends_on is not null),
    constraint hardship_file_cancel_reason check ((state <> 'CANCELLED') or cancel_reason_code is not null)
);
-- one open file per household (一户一档)
create unique index hardship_file_household_open_uq on hardship_file (household_id)
    where state not in ('CLOSED', 'CANCELLED');
create index hardship_file_worker_idx on hardship_file (primary_worker_id);
create index hardship_file_branch_idx on hardship_file (branch_id);
create index hardship_file_state_idx on hardship_file (state);
create index hardship_file_category_idx on hardship_file (category);
create index hardship_file_level_idx on hardship_file (level);
create index hardship_file_cause_idx on hardship_file (primary_cause);
create index hardship_file_caseworker_idx on hardship_file (caseworker_id);
create index hardship_file_filed_idx on hardship_file (filed_on desc, id desc);
create index hardship_file_review_due_idx on hardship_file (next_review_due) where state = 'ACTIVE';
create index hardship_file_notice_end_idx on hardship_file (notice_ends_on) where state = 'PUBLIC_NOTICE';
create index hardship_file_monitoring_end_idx on hardship_file (monitoring_ends_on) where state = 'MONITORING';

-- Every state change of a file: append-only.
create table file_transition (
    id          bigserial primary key,
    file_id     bigint        not null references hardship_file (id),
    from_state  varchar(16)   not null,
    to_state    varchar(16)   not null,
    action      varchar(32)   not null,
    actor       varchar(64)   not null,
    occurred_at timestamptz   not null default now(),
    reason      varchar(1000)
);
create index file_transition_file_idx on file_transition (file_id, id);

-- The assistance plan (一户一策): measures with owner, due date and status.
create table assistance_measure (
    id          bigserial primary key,
    file_id     bigint        not null references hardship_file (id),
    kind        varchar(24)   not null check (kind in ('LIVING', 'MEDICAL', 'SCHOOLING', 'TRAINING', 'EMPLOYMENT',
        'LEGAL_AID', 'PARTNER_SUPPORT')),
    description varchar(1000) not null,
    owner       varchar(100)  not null,
    due_on      date          not null,
    status      varchar(16)   not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    version     bigint        not null default 0,
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now()
);
create index assistance_measure_file_idx on assistance_measure (file_id);
create index assistance_measure_open_due_idx on assistance_measure (due_on) where status in ('PLANNED', 'IN_PROGRESS');

-- Annual (and extra) reviews of a file.
create table file_review (
    id           bigserial primary key,
    file_id      bigint        not null references hardship_file (id),
    reviewed_on  date          not null,
    findings     varchar(4000) not null,
    outcome      varchar(24)   not null check (outcome in ('CONTINUE', 'CHANGE_CATEGORY', 'EXIT')),
    new_category varchar(16) check (new_category in ('DEEP', 'RELATIVE', 'ACCIDENT')),
    reviewer     varchar(64)   not null,
    created_at   timestamptz   not null default now(),
    constraint file_review_new_category check ((outcome = 'CHANGE_CATEGORY') = (new_category is not null))
);
create index file_review_file_idx on file_review (file_id, reviewed_on desc);

-- Joint review meetings (联审, e.g. Daqing's '4+N'): several agencies decide on one or more files.
create table joint_review (
    id           bigserial primary key,
    branch_id    bigint        not null references branch (id),
    held_on      date          not null,
    agencies     varchar(1000) not null,
    participants varchar(2000) not null,
    decisions    varchar(4000) not null,
    recorded_by  varchar(64)   not null,
    created_at   timestamptz   not null default now()
);
create table joint_review_file (
    joint_review_id bigint not null references joint_review (id) on delete cascade,
    file_id         bigint not null references hardship_file (id),
    primary key (joint_review_id, file_id)
);
create index joint_review_file_file_idx on joint_review_file (file_id);
