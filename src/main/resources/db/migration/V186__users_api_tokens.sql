-- API tokens (issue 10): a SYSADMIN issues a token for an account; an API client sends it as
-- "Authorization: Bearer ua_…" and acts as that account (its roles and branch). Only the SHA-256 of the
-- token is stored (hex): tokens are 32 random bytes, so a fast hash is enough and lookup is by the hash.
create table api_token (
    id           bigserial    primary key,
    user_id      bigint       not null references user_account (id),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null check (length(token_hash) = 64),
    -- the first characters of the token ("ua_" and 5 more), so a SYSADMIN can tell tokens apart
    token_hint   varchar(16)  not null,
    created_by   bigint       not null references user_account (id),
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz  not null,
    revoked_at   timestamptz,
    revoked_by   bigint       references user_account (id),
    last_used_at timestamptz,
    version      bigint       not null default 0,
    check ((revoked_at is null) = (revoked_by is null))
);
create unique index api_token_hash_uq on api_token (token_hash);
create index api_token_user_idx on api_token (user_id);
create index api_token_created_idx on api_token (created_at desc, id desc);
