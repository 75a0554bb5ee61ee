-- A payout account is a bank name, the account holder's name and the account number (encrypted, masked copy
-- for pages). Its status is kept on the row so approval queues and batches can tell an unpayable payout
-- without decrypting: OK, MISSING, INCOMPLETE (no bank name or holder), INVALID (fails the number checks).
alter table worker
    add column bank_name             varchar(100),
    add column bank_account_holder   varchar(100),
    add column payout_account_status varchar(12) not null default 'MISSING'
        check (payout_account_status in ('OK', 'MISSING', 'INCOMPLETE', 'INVALID'));
-- accounts recorded before: a number without bank name and holder must be completed before it is paid
update worker set payout_account_status = 'INCOMPLETE' where bank_account_enc is not null;
