-- Uploaded documents: metadata in document, bytes in document_content (kept apart so lists stay light).
create table document (
    id            bigserial primary key,
    owner_type    varchar(32)  not null,
    owner_id      bigint       not null,
    branch_id     bigint       not null references branch (id),
    worker_id     bigint,
    kind          varchar(32)  not null check (kind in ('PHOTO', 'ID_CARD', 'CONSENT', 'INCOME_PROOF', 'DIAGNOSIS',
                                                        'INVOICE', 'DISCHARGE_SUMMARY', 'ADMISSION_LETTER',
                                                        'FEE_LIST', 'OTHER')),
    original_name varchar(255) not null,
    media_type    varchar(100) not null,
    size_bytes    bigint       not null check (size_bytes > 0),
    sha256        varchar(64)  not null check (char_length(sha256) = 64),
    uploaded_by   varchar(64)  not null,
    uploaded_at   timestamptz  not null default now()
);
create index document_owner_idx on document (owner_type, owner_id);
create index document_branch_idx on document (branch_id);
create index document_sha256_idx on document (sha256);

create table document_content (
    document_id bigint primary key references document (id) on delete cascade,
    bytes       bytea  not null
);
