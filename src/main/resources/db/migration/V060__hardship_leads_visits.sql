-- Screening leads (摸排线索) and verification visits (入户核实), docs/design.md §3.
create table lead (
    id                   bigserial primary key,
    branch_id            bigint        not null references branch (id),
    source               varchar(20)   not null check (source in ('CASEWORKER', 'VOLUNTEER', 'SELF_APPLICATION',
                                                                 'DATA_MATCH', 'IMPORT')),
    state                varchar(12)   not null check (state in ('NEW', 'ASSIGNED', 'VERIFYING', 'FILED', 'REFERRED',
                                                               'DISMISSED')),
    person_name          varchar(100)  not null,
    national_id_enc      varchar(200),
    national_id_hash     varchar(64),
    national_id_masked   varchar(18),
    phone                varchar(20),
    address              varchar(300),
    situation            text          not null,
    reporter_user_id     bigint references user_account (id),
    reporter_contact     varchar(100),
    worker_id            bigint references worker (id),
    assigned_to_user_id  bigint references user_account (id),
    duplicate_reason     varchar(12) check (duplicate_reason in ('OPEN_LEAD', 'ACTIVE_FILE')),
    duplicate_of_lead_id bigint references lead (id),
    outcome_note         text,
    file_id              bigint,
    version              bigint        not null default 0,
    created_at           timestamptz   not null default now(),
    updated_at           timestamptz   not null default now(),
    constraint lead_national_id_complete check ((national_id_enc is null) = (national_id_hash is null)
        and (national_id_hash is null) = (national_id_masked is null)),
    constraint lead_assigned_when_worked check (state in ('NEW', 'DISMISSED') or assigned_to_user_id is not null),
    constraint lead_outcome_explained check (state not in ('REFERRED', 'DISMISSED') or outcome_note is not null)
);
create index lead_branch_state_idx on lead (branch_id, state);
create index lead_assigned_idx on lead (assigned_to_user_id, state);
create index lead_national_id_hash_idx on lead (national_id_hash);
create index lead_reporter_idx on lead (reporter_user_id);
create index lead_worker_idx on lead (worker_id);
create index lead_created_idx on lead (created_at desc);

create table verification_visit (
    id                       bigserial primary key,
    lead_id                  bigint        not null references lead (id),
    visit_date               date          not null,
    visitors                 text[]        not null check (cardinality(visitors) >= 2),
    findings                 text          not null,
    household_size           integer       not null check (household_size between 1 and 30),
    annual_disposable_income numeric(14, 2) not null check (annual_disposable_income >= 0),
    rigid_expenditure        numeric(14, 2) not null default 0 check (rigid_expenditure >= 0),
    annual_hardship_costs    numeric(14, 2) not null default 0 check (annual_hardship_costs >= 0),
    assets                   text,
    consent_signed           boolean       not null default false,
    recorded_by              varchar(64)   not null,
    created_at               timestamptz   not null default now()
);
create index verification_visit_lead_idx on verification_visit (lead_id, visit_date desc);
