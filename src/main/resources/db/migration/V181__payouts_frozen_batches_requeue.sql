-- A payout can return to the approval queue (its payee account changed after approval): each pass through the
-- queue is an approval round, and a payout is finally approved at most once per round.
alter table payout add column approval_round integer not null default 0;
alter table payout_transition add column approval_round integer not null default 0;
drop index payout_transition_approve_uq;
create unique index payout_transition_approve_uq on payout_transition (payout_id, approval_round)
    where action = 'APPROVE';

-- A batch is GATHERED, then SENT (its bank file written once and kept: every later download returns exactly
-- those bytes), then SETTLED when every row has the bank's result. The files hold full accounts: stored
-- encrypted like every account, with the SHA-256 of the plain bytes.
alter table disbursement_batch
    add column state       varchar(10) not null default 'GATHERED' check (state in ('GATHERED', 'SENT', 'SETTLED')),
    add column sent_by     varchar(64),
    add column sent_at     timestamptz,
    add column csv_sha256  varchar(64),
    add column xlsx_sha256 varchar(64),
    add column csv_enc     text,
    add column xlsx_enc    text,
    add constraint disbursement_batch_sent_check check (state = 'GATHERED' or sent_at is not null);
-- a gathered batch loses a row when that payout returns to the queue before the batch is sent
alter table disbursement_batch drop constraint disbursement_batch_item_count_check;
alter table disbursement_batch drop constraint disbursement_batch_total_check;
alter table disbursement_batch add constraint disbursement_batch_item_count_check check (item_count >= 0);
alter table disbursement_batch add constraint disbursement_batch_total_check check (total >= 0);
-- batches from before were at the bank already; their file is frozen at the next download
update disbursement_batch set state = 'SENT', sent_at = created_at, sent_by = created_by;
update disbursement_batch d set state = 'SETTLED'
 where not exists (select 1 from disbursement_batch_item i where i.batch_id = d.id and i.result is null);

-- the rows as sent: what the bank file said, kept with the batch (account masked; the full one is in the file)
alter table disbursement_batch_item
    add column payout_reference varchar(20),
    add column payee_name       varchar(100),
    add column account_holder   varchar(100),
    add column bank_name        varchar(100),
    add column account_masked   varchar(40),
    add column purpose          varchar(500);
