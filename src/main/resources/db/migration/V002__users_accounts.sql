create table user_account (
    id                  bigserial primary key,
    username            varchar(64)  not null,
    password_hash       varchar(255) not null,
    display_name        varchar(100) not null,
    branch_id           bigint       not null references branch (id),
    worker_id           bigint,
    email               varchar(200),
    locale              varchar(10),
    enabled             boolean      not null default true,
    failed_attempts     integer      not null default 0 check (failed_attempts >= 0),
    locked_until        timestamptz,
    last_login_at       timestamptz,
    password_changed_at timestamptz,
    version             bigint       not null default 0,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now()
);
create unique index user_account_username_uq on user_account (lower(username));
create index user_account_branch_idx on user_account (branch_id);

create table user_role (
    user_id bigint      not null references user_account (id) on delete cascade,
    role    varchar(32) not null check (role in ('WORKER', 'VOLUNTEER', 'EMPLOYER', 'CASEWORKER', 'CLAIMS_REVIEWER',
                                                 'ADMIN', 'PARTNER', 'AUDITOR', 'SYSADMIN')),
    primary key (user_id, role)
);
