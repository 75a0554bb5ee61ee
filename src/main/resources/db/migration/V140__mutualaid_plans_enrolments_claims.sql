-- Mutual-aid plans (职工互助保障, docs/design.md §4): plans with dated benefit rule versions, employer enrolments,
-- claims with their history and invoice numbers, and the annual accumulator per member, plan and year.
create table mutualaid_plan (
    id                   bigserial primary key,
    code                 varchar(40)    not null,
    name                 varchar(200)   not null,
    type                 varchar(24)    not null check (type in ('HOSPITALISATION', 'CRITICAL_ILLNESS', 'ACCIDENT',
        'WOMEN_SPECIAL_ILLNESS', 'SELF_PAID_HOSPITAL', 'SUDDEN_DEATH', 'OTHER')),
    term_start           date           not null,
    term_end             date           not null,
    contribution         numeric(14, 2) not null check (contribution >= 0),
    waiting_period_days  integer        not null check (waiting_period_days >= 0),
    active               boolean        not null default true,
    version              bigint         not null default 0,
    created_at           timestamptz    not null default now(),
    constraint mutualaid_plan_code_uq unique (code),
    constraint mutualaid_plan_term check (term_end >= term_start)
);

-- The rules of a plan from valid_from until the next version's valid_from; a claim is judged by the version in
-- force on its admission date.
create table mutualaid_rule_version (
    id                   bigserial primary key,
    plan_id              bigint         not null references mutualaid_plan (id),
    valid_from           date           not null,
    basis                varchar(16)    not null check (basis in ('RATE', 'PER_DAY', 'LUMP_SUM')),
    counted              varchar(24)    not null check (counted in ('INVOICE_TOTAL', 'MINUS_BASIC_INSURANCE',
        'SELF_PAID_ONLY')),
    deductible           numeric(14, 2) not null default 0 check (deductible >= 0),
    rate_percent         numeric(5, 2) check (rate_percent between 0 and 100),
    amount               numeric(14, 2) check (amount >= 0),
    per_event_cap        numeric(14, 2) check (per_event_cap >= 0),
    annual_cap           numeric(14, 2) check (annual_cap >= 0),
    max_claims_per_year  integer check (max_claims_per_year >= 1),
    claim_deadline_days  integer        not null check (claim_deadline_days >= 0),
    created_by           varchar(64)    not null,
    created_at           timestamptz    not null default now(),
    constraint mutualaid_rule_version_uq unique (plan_id, valid_from),
    constraint mutualaid_rule_version_rate check (basis <> 'RATE' or rate_percent is not null),
    constraint mutualaid_rule_version_amount check (basis = 'RATE' or amount is not null)
);

-- One enrolment of a worker in a plan, made by an employer (their branch is the employer's organisation).
create table mutualaid_enrolment (
    id                   bigserial primary key,
    plan_id              bigint         not null references mutualaid_plan (id),
    worker_id            bigint         not null references worker (id),
    employer_branch_id   bigint         not null references branch (id),
    enrolled_by          bigint         not null references user_account (id),
    enrolled_on          date           not null,
    coverage_start       date           not null,
    coverage_end         date           not null,
    -- the first day whose events are covered (coverage start plus the plan's waiting period)
    waiting_ends_on      date           not null,
    contribution         numeric(14, 2) not null check (contribution >= 0),
    created_at           timestamptz    not null default now(),
    constraint mutualaid_enrolment_uq unique (plan_id, worker_id),
    constraint mutualaid_enrolment_dates check (coverage_start > enrolled_on and waiting_ends_on >= coverage_start)
);
create index mutualaid_enrolment_employer_idx on mutualaid_enrolment (employer_branch_id, plan_id);
create index mutualaid_enrolment_worker_idx on mutualaid_enrolment (worker_id);

create sequence mutualaid_claim_number_seq;

create table mutualaid_claim (
    id                   bigserial primary key,
    reference            varchar(20)    not null,
    enrolment_id         bigint         not null references mutualaid_enrolment (id),
    plan_id              bigint         not null references mutualaid_plan (id),
    worker_id            bigint         not null references worker (id),
    branch_id            bigint         not null references branch (id),
    state                varchar(24)    not null check (state in ('DRAFT', 'SUBMITTED', 'IN_REVIEW',
        'MORE_INFO_REQUESTED', 'APPROVED', 'REJECTED', 'PAID')),
    admission_date       date           not null,
    discharge_date       date           not null,
    hospital             varchar(200)   not null,
    -- health data: AES-GCM encrypted by the field cipher, shown only to the claimant and reviewers in scope
    diagnosis_enc        varchar(2000)  not null,
    invoice_total        numeric(14, 2) not null check (invoice_total >= 0),
    basic_insurance_paid numeric(14, 2) not null check (basic_insurance_paid >= 0),
    self_paid            numeric(14, 2) not null check (self_paid >= 0),
    filed_by             bigint         not null references user_account (id),
    submitted_on         date,
    rule_version_id      bigint references mutualaid_rule_version (id),
    calculated_amount    numeric(14, 2) check (calculated_amount >= 0),
    approved_amount      numeric(14, 2) check (approved_amount >= 0),
    override_reason      varchar(1000),
    -- the explanation lines of the decision, one per line: key, then arguments, separated by U+001F
    explanation          text,
    decision_reason      varchar(1000),
    decided_by           bigint references user_account (id),
    decided_at           timestamptz,
    paid_at              timestamptz,
    version              bigint         not null default 0,
    created_at           timestamptz    not null default now(),
    constraint mutualaid_claim_reference_uq unique (reference),
    constraint mutualaid_claim_dates check (discharge_date >= admission_date),
    constraint mutualaid_claim_approved check (state not in ('APPROVED', 'PAID') or approved_amount is not null),
    constraint mutualaid_claim_override check (approved_amount is null or calculated_amount is null
        or approved_amount = calculated_amount or override_reason is not null),
    constraint mutualaid_claim_rejected check (state <> 'REJECTED' or decision_reason is not null)
);
create index mutualaid_claim_queue_idx on mutualaid_claim (state, submitted_on, id);
create index mutualaid_claim_worker_idx on mutualaid_claim (worker_id, plan_id);
create index mutualaid_claim_branch_idx on mutualaid_claim (branch_id);

create table mutualaid_claim_invoice (
    id                   bigserial primary key,
    claim_id             bigint         not null references mutualaid_claim (id),
    invoice_number       varchar(60)    not null,
    constraint mutualaid_claim_invoice_uq unique (claim_id, invoice_number)
);
create index mutualaid_claim_invoice_number_idx on mutualaid_claim_invoice (invoice_number);

create table mutualaid_claim_transition (
    id                   bigserial primary key,
    claim_id             bigint         not null references mutualaid_claim (id),
    from_state           varchar(24)    not null,
    to_state             varchar(24)    not null,
    actor                varchar(64)    not null,
    occurred_at          timestamptz    not null,
    note                 varchar(2000)
);
create index mutualaid_claim_transition_claim_idx on mutualaid_claim_transition (claim_id);

-- What a member was granted under a plan in a year (by admission date), changed only under a row lock in the
-- approval's transaction, so concurrent approvals never grant more than the annual cap together.
create table mutualaid_accumulator (
    worker_id            bigint         not null references worker (id),
    plan_id              bigint         not null references mutualaid_plan (id),
    year                 integer        not null,
    granted              numeric(14, 2) not null default 0 check (granted >= 0),
    claims               integer        not null default 0 check (claims >= 0),
    primary key (worker_id, plan_id, year)
);
