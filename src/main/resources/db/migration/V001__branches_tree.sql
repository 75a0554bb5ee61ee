-- The union branch tree. path holds the ids from the root, e.g. '/1/4/9/', so a subtree is
-- "path LIKE '/1/4/%'" and every scoped query is one indexed prefix match.
create table branch (
    id          bigserial primary key,
    parent_id   bigint references branch (id),
    code        varchar(32)   not null,
    name        varchar(200)  not null,
    name_en     varchar(200),
    level       varchar(16)   not null check (level in ('NATIONAL', 'PROVINCE', 'CITY', 'DISTRICT', 'GRASSROOTS')),
    path        varchar(1000) not null,
    region_code varchar(12),
    active      boolean       not null default true,
    version     bigint        not null default 0,
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now(),
    constraint branch_code_uq unique (code),
    constraint branch_path_uq unique (path),
    constraint branch_not_own_parent check (parent_id is null or parent_id <> id)
);
create index branch_parent_idx on branch (parent_id);
create index branch_path_prefix_idx on branch (path varchar_pattern_ops);
