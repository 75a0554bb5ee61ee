-- Subsidy programmes (帮扶、助学、送温暖项目, docs/design.md §5): who may apply and when, the eligibility rules,
-- the custom yes/no questions and the benefit tiers. Rules, questions and tiers belong to a numbered rule
-- version: an edit bumps rule_version, and every application stores the results of its own check, so old
-- decisions stay explainable after the rules change.
create table programme (
    id                bigserial      primary key,
    name              varchar(200)   not null,
    kind              varchar(24)    not null check (kind in ('STUDENT_AID', 'HOLIDAY_RELIEF', 'MEDICAL_RELIEF',
        'LIVING_RELIEF', 'EMPLOYMENT_SUBSIDY', 'MODEL_WORKER_CARE', 'MICRO_WISH', 'OTHER')),
    branch_id         bigint         not null references branch (id),
    description       varchar(4000)  not null default '',
    period_start      date           not null,
    period_end        date           not null,
    apply_from        date           not null,
    apply_to          date           not null,
    who_may_apply     varchar(16)    not null check (who_may_apply in ('SELF', 'NOMINATION', 'BOTH')),
    benefit_form      varchar(16)    not null check (benefit_form in ('CASH', 'IN_KIND')),
    no_cash           boolean        not null default false,
    base_amount       numeric(14, 2) check (base_amount >= 0),
    item              varchar(200),
    unit_value        numeric(14, 2) check (unit_value > 0),
    stock             integer        check (stock >= 0),
    per_person_limit  integer        not null default 1 check (per_person_limit >= 1),
    rule_version      integer        not null default 1 check (rule_version >= 1),
    created_by        varchar(64)    not null,
    version           bigint         not null default 0,
    created_at        timestamptz    not null default now(),
    updated_at        timestamptz    not null default now(),
    constraint programme_period check (period_end >= period_start),
    constraint programme_window check (apply_to >= apply_from),
    constraint programme_no_cash_in_kind check (not no_cash or benefit_form = 'IN_KIND'),
    constraint programme_in_kind_item check (benefit_form = 'CASH' or (item is not null and unit_value is not null))
);
create index programme_branch_idx on programme (branch_id);
create index programme_kind_idx on programme (kind);
create unique index programme_name_uq on programme (branch_id, name);

-- One eligibility rule of the current rule version; values is a comma-separated list of enum constants
-- (categories, school stages, employment forms) where the type needs one.
create table programme_rule (
    programme_id  bigint       not null references programme (id),
    position      integer      not null,
    type          varchar(32)  not null check (type in ('HARDSHIP_CATEGORY', 'AGE_RANGE', 'UNION_MEMBER',
        'SOCIAL_INSURANCE_MONTHS', 'LOCAL_LABOUR_CONTRACT', 'SCHOOL_STAGE', 'EMPLOYMENT_FORM')),
    list_values   varchar(300) not null default '',
    min_value     integer,
    max_value     integer,
    primary key (programme_id, position)
);

-- A custom yes/no question; the answer given must equal required_answer.
create table programme_question (
    programme_id     bigint        not null references programme (id),
    position         integer       not null,
    text             varchar(500)  not null,
    required_answer  boolean       not null,
    primary key (programme_id, position)
);

-- Benefit tiers, first match in position order: household group (ANY, FILED, NOT_FILED or a category) and
-- school stage (null: any).
create table programme_tier (
    programme_id  bigint         not null references programme (id),
    position      integer        not null,
    household     varchar(16)    not null check (household in ('ANY', 'FILED', 'NOT_FILED', 'DEEP', 'RELATIVE',
        'ACCIDENT')),
    school_stage  varchar(16),
    amount        numeric(14, 2) not null check (amount > 0),
    primary key (programme_id, position)
);
