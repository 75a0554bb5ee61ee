-- Zero-touch hospital-stay benefits (免申即享, issue 14 item 2, docs/mutualaid.md): a claims reviewer imports the
-- medical insurance's settlement data; each stay is kept once (national-ID lookup hash, hospital, admission date)
-- and a covered member's stay becomes a claim of origin IMPORTED, confirmed by a reviewer like any claim.
create sequence mutualaid_stay_import_number_seq;

create table mutualaid_stay_import (
    id                bigserial primary key,
    reference         varchar(20)  not null,
    -- the importing reviewer's branch: the import and its rows are seen within that branch's subtree
    branch_id         bigint       not null references branch (id),
    file_name         varchar(255) not null,
    file_sha256       char(64)     not null,
    imported_by       bigint       not null references user_account (id),
    imported_by_name  varchar(100) not null,
    imported_at       timestamptz  not null,
    total_rows        int          not null check (total_rows >= 0),
    duplicate_rows    int          not null check (duplicate_rows >= 0),
    claimed_rows      int          not null check (claimed_rows >= 0),
    not_member_rows   int          not null check (not_member_rows >= 0),
    not_covered_rows  int          not null check (not_covered_rows >= 0),
    constraint mutualaid_stay_import_reference_uq unique (reference),
    constraint mutualaid_stay_import_counts check (total_rows = duplicate_rows + claimed_rows + not_member_rows
        + not_covered_rows)
);
create index mutualaid_stay_import_branch_idx on mutualaid_stay_import (branch_id, id desc);

create table mutualaid_hospital_stay (
    id                   bigserial primary key,
    import_id            bigint         not null references mutualaid_stay_import (id),
    row_number           int            not null,
    -- the keyed lookup hash of the national ID (as worker.national_id_hash), never the ID itself
    national_id_hash     char(64)       not null,
    national_id_masked   varchar(32)    not null,
    hospital             varchar(200)   not null,
    admission_date       date           not null,
    discharge_date       date           not null,
    invoice_total        numeric(14, 2) not null check (invoice_total >= 0),
    basic_insurance_paid numeric(14, 2) not null check (basic_insurance_paid >= 0),
    self_paid            numeric(14, 2) not null check (self_paid >= 0),
    worker_id            bigint references worker (id),
    outcome              varchar(16)    not null check (outcome in ('CLAIMED', 'NOT_MEMBER', 'NOT_COVERED')),
    -- why a member's stay is not covered: a message key and its arguments, separated by U+001F
    reason               varchar(1000),
    constraint mutualaid_hospital_stay_uq unique (national_id_hash, hospital, admission_date),
    constraint mutualaid_hospital_stay_dates check (discharge_date >= admission_date),
    constraint mutualaid_hospital_stay_member check (outcome = 'NOT_MEMBER' or worker_id is not null)
);
create index mutualaid_hospital_stay_import_idx on mutualaid_hospital_stay (import_id, row_number);

-- a claim is filed by its member (MANUAL) or made from an imported stay (IMPORTED), one per stay and plan
alter table mutualaid_claim add column origin varchar(10) not null default 'MANUAL'
    check (origin in ('MANUAL', 'IMPORTED'));
alter table mutualaid_claim add column hospital_stay_id bigint references mutualaid_hospital_stay (id);
alter table mutualaid_claim add constraint mutualaid_claim_origin_stay
    check ((origin = 'IMPORTED') = (hospital_stay_id is not null));
create unique index mutualaid_claim_stay_plan_uq on mutualaid_claim (hospital_stay_id, plan_id)
    where hospital_stay_id is not null;
