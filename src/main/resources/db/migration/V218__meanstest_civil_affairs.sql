-- Civil-affairs cross-check data (民政核对数据) imported by caseworkers: one row per import and one per line of the
-- list. The national ID is never stored: only its keyed lookup hash (HMAC-SHA-256, as worker.national_id_hash) and
-- the worker it matched, if any. Files show the records of their primary worker from imports of their branch or
-- a branch above it.
create table civil_affairs_import (
    id            bigserial    primary key,
    branch_id     bigint       not null references branch (id),
    file_name     varchar(255) not null,
    row_count     int          not null,
    matched_count int          not null,
    imported_by   varchar(100) not null,
    imported_at   timestamptz  not null
);
create index civil_affairs_import_branch_idx on civil_affairs_import (branch_id, imported_at desc);

create table civil_affairs_record (
    id           bigserial     primary key,
    import_id    bigint        not null references civil_affairs_import (id),
    row_number   int           not null,
    id_hash      varchar(64)   not null,
    worker_id    bigint        references worker (id),
    kind         varchar(20)   not null check (kind in ('MINIMUM_LIVING', 'EXTREME_POVERTY', 'PROPERTY', 'VEHICLE',
                                                        'BUSINESS')),
    amount       numeric(14,2) check (amount is null or amount >= 0),
    description  varchar(500),
    recorded_on  date          not null
);
create index civil_affairs_record_import_idx on civil_affairs_record (import_id, row_number);
create index civil_affairs_record_worker_idx on civil_affairs_record (worker_id) where worker_id is not null;
