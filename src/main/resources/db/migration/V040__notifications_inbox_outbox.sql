-- In-app inbox: one row per message to one user; the text is a message key rendered in the reader's language.
create table notification (
    id                bigserial primary key,
    recipient_user_id bigint       not null references user_account (id),
    kind              varchar(64)  not null,
    message_key       varchar(128) not null,
    message_args      text[]       not null default '{}',
    link              varchar(500),
    created_at        timestamptz  not null default now(),
    read_at           timestamptz
);
create index notification_recipient_idx on notification (recipient_user_id, created_at desc);
create index notification_unread_idx on notification (recipient_user_id) where read_at is null;

-- E-mail outbox: written in the business transaction, sent later by a scheduled job (at least once).
create table email_outbox (
    id              bigserial primary key,
    recipient       varchar(200) not null,
    subject         varchar(300) not null,
    body            text         not null,
    created_at      timestamptz  not null default now(),
    next_attempt_at timestamptz  not null default now(),
    attempts        integer      not null default 0 check (attempts >= 0),
    sent_at         timestamptz,
    last_error      text
);
create index email_outbox_pending_idx on email_outbox (next_attempt_at) where sent_at is null;

-- ShedLock: a scheduled job runs on one application instance at a time.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
