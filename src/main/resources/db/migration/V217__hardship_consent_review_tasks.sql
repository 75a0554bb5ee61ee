-- Means-test consent (家庭经济状况核对授权书) recorded on a file: the signed document (kind CONSENT, owner type
-- HARDSHIP_FILE) and the day it was signed, from which its validity runs (unionaid.hardship.consent-valid-months).
-- A consent found on the file's lead or its verification visits counts too and is not copied here.
create table file_consent (
    id           bigserial    primary key,
    file_id      bigint       not null references hardship_file (id),
    document_id  bigint       not null references document (id),
    signed_on    date         not null,
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz  not null
);
create index file_consent_file_idx on file_consent (file_id, signed_on desc);

-- Review tasks on a file (复核任务): raised by a civil-affairs match that contradicts the filing or by the relapse
-- watch during monitoring; resolved by a caseworker with a note. source_ref names what raised it (a civil-affairs
-- record, a claim, an application), so the same cause never raises a second task on the same file.
create table file_review_task (
    id              bigserial     primary key,
    file_id         bigint        not null references hardship_file (id),
    trigger_kind    varchar(30)   not null check (trigger_kind in ('CIVIL_AFFAIRS_MISMATCH', 'RELAPSE_CIVIL_AFFAIRS',
                                                                   'RELAPSE_CLAIM', 'RELAPSE_APPLICATION')),
    detail          varchar(1000) not null,
    source_ref      varchar(100)  not null,
    state           varchar(10)   not null default 'OPEN' check (state in ('OPEN', 'RESOLVED')),
    raised_by       varchar(100)  not null,
    raised_at       timestamptz   not null,
    resolution_note varchar(2000),
    resolved_by     varchar(100),
    resolved_at     timestamptz,
    version         bigint        not null default 0,
    constraint file_review_task_source_uq unique (file_id, source_ref),
    constraint file_review_task_resolution check (
        (state = 'OPEN' and resolution_note is null and resolved_by is null and resolved_at is null)
        or (state = 'RESOLVED' and length(btrim(resolution_note)) > 0 and resolved_by is not null
            and resolved_at is not null))
);
create index file_review_task_open_idx on file_review_task (file_id) where state = 'OPEN';
