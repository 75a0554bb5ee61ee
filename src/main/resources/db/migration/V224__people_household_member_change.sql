-- A worker's own change to a member of their household (/me/household) while the household has an open hardship
-- file: kept here as PENDING until a CASEWORKER of the worker's branch subtree accepts it (it is then applied to
-- household_member) or refuses it with a reason. Without an open file a worker's change applies at once and no row
-- is written here. The national ID is stored as household_member stores it (encrypted, masked; no hash until the
-- change is applied). docs/people.md (pending household changes).
create table household_member_change (
    id                 bigserial primary key,
    household_id       bigint        not null references household (id) on delete cascade,
    worker_id          bigint        not null references worker (id),
    branch_id          bigint        not null references branch (id),
    member_id          bigint        references household_member (id) on delete cascade,
    kind               varchar(8)    not null check (kind in ('ADD', 'UPDATE')),
    base_version       bigint,
    name               varchar(100)  not null,
    relation           varchar(16)   not null,
    birth_date         date,
    age                integer check (age between 0 and 150),
    health             varchar(16)   not null,
    disability_grade   integer check (disability_grade between 1 and 4),
    school_stage       varchar(16),
    employment         varchar(16),
    monthly_income     numeric(14, 2) not null default 0 check (monthly_income >= 0),
    national_id_enc    varchar(200),
    national_id_masked varchar(18),
    state              varchar(10)   not null default 'PENDING' check (state in ('PENDING', 'ACCEPTED', 'REFUSED')),
    requested_by       varchar(100)  not null,
    requested_at       timestamptz   not null,
    decided_by         varchar(100),
    decided_at         timestamptz,
    decision_reason    varchar(500),
    version            bigint        not null default 0,
    constraint household_member_change_member check ((kind = 'ADD') = (member_id is null)),
    constraint household_member_change_decided check ((state = 'PENDING') = (decided_at is null)),
    constraint household_member_change_refusal check (state <> 'REFUSED' or decision_reason is not null)
);
create index household_member_change_pending_idx on household_member_change (branch_id, requested_at)
    where state = 'PENDING';
create index household_member_change_worker_idx on household_member_change (worker_id, id);
