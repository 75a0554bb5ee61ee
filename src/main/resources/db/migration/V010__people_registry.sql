-- The people registry: workers, their households and household members.
-- National IDs and bank accounts are stored only encrypted (*_enc, AES-GCM, key outside the database),
-- with a masked copy for lists and, for IDs, a keyed HMAC (*_hash) to find and de-duplicate them.
create table worker (
    id                      bigserial primary key,
    name                    varchar(100) not null,
    national_id_enc         varchar(200) not null,
    national_id_hash        varchar(64)  not null,
    national_id_masked      varchar(18)  not null,
    sex                     varchar(8)   not null check (sex in ('MALE', 'FEMALE')),
    birth_date              date         not null,
    phone                   varchar(20),
    address                 varchar(300),
    employer_name           varchar(200),
    branch_id               bigint       not null references branch (id),
    union_member_since      date,
    employment_form         varchar(16)  not null check (employment_form in ('CONTRACT', 'FLEXIBLE', 'NEW_FORM')),
    social_insurance_months integer      not null default 0 check (social_insurance_months >= 0),
    bank_account_enc        varchar(300),
    bank_account_masked     varchar(40),
    worker_type             varchar(16)  not null default 'URBAN' check (worker_type in ('URBAN', 'MIGRANT')),
    version                 bigint       not null default 0,
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now(),
    constraint worker_national_id_hash_uq unique (national_id_hash),
    constraint worker_bank_account_both check ((bank_account_enc is null) = (bank_account_masked is null))
);
-- name search is a case-insensitive prefix match: lower(name) like 'q%'
create index worker_name_prefix_idx on worker (lower(name) varchar_pattern_ops);
create index worker_phone_prefix_idx on worker (phone varchar_pattern_ops);
create index worker_branch_idx on worker (branch_id);

alter table user_account
    add constraint user_account_worker_fk foreign key (worker_id) references worker (id);
-- one account per worker
create unique index user_account_worker_uq on user_account (worker_id) where worker_id is not null;

create table household (
    id                       bigserial primary key,
    primary_worker_id        bigint        not null references worker (id),
    address                  varchar(300),
    annual_disposable_income numeric(14, 2) check (annual_disposable_income >= 0),
    rigid_expenditure        numeric(14, 2) not null default 0 check (rigid_expenditure >= 0),
    version                  bigint        not null default 0,
    created_at               timestamptz   not null default now(),
    updated_at               timestamptz   not null default now(),
    constraint household_primary_worker_uq unique (primary_worker_id)
);

create table household_member (
    id                 bigserial primary key,
    household_id       bigint        not null references household (id) on delete cascade,
    name               varchar(100)  not null,
    relation           varchar(16)   not null check (relation in ('SPOUSE', 'CHILD', 'PARENT', 'PARENT_IN_LAW',
                                                                   'SIBLING', 'GRANDPARENT', 'GRANDCHILD', 'OTHER')),
    birth_date         date,
    age                integer check (age between 0 and 150),
    health             varchar(16)   not null default 'HEALTHY'
                           check (health in ('HEALTHY', 'CHRONIC_ILLNESS', 'SERIOUS_ILLNESS', 'DISABLED')),
    disability_grade   integer check (disability_grade between 1 and 4),
    school_stage       varchar(16) check (school_stage in ('PRESCHOOL', 'PRIMARY', 'JUNIOR_HIGH', 'SENIOR_HIGH',
                                                           'VOCATIONAL', 'UNIVERSITY')),
    employment         varchar(16) check (employment in ('EMPLOYED', 'FLEXIBLE', 'UNEMPLOYED', 'RETIRED',
                                                         'STUDENT', 'UNABLE_TO_WORK')),
    monthly_income     numeric(14, 2) not null default 0 check (monthly_income >= 0),
    national_id_enc    varchar(200),
    national_id_hash   varchar(64),
    national_id_masked varchar(18),
    version            bigint        not null default 0,
    created_at         timestamptz   not null default now(),
    updated_at         timestamptz   not null default now(),
    constraint household_member_age_known check (birth_date is not null or age is not null),
    constraint household_member_id_complete check ((national_id_enc is null) = (national_id_hash is null)
        and (national_id_hash is null) = (national_id_masked is null))
);
create index household_member_household_idx on household_member (household_id);
create index household_member_national_id_hash_idx on household_member (national_id_hash);
