-- Aid a household received from outside the union (government assistance such as 低保 or 临时救助, another
-- organisation), recorded by a caseworker with its evidence, so one ledger shows all aid a household received and
-- the programme rules can refuse double funding for the same purpose. Scoped like the worker (branch path).
create table outside_aid (
    id           bigserial     primary key,
    worker_id    bigint        not null references worker (id),
    branch_id    bigint        not null references branch (id),
    branch_path  varchar(255)  not null,
    kind         varchar(30)   not null check (kind in ('GOVERNMENT_ASSISTANCE', 'OTHER_ORGANISATION')),
    purpose      varchar(20)   not null check (purpose in ('LIVING', 'MEDICAL', 'SCHOOLING', 'HOLIDAY', 'OTHER')),
    provider     varchar(200)  not null check (length(btrim(provider)) > 0),
    description  varchar(500),
    amount       numeric(14,2) not null check (amount > 0),
    received_on  date          not null,
    recorded_by  varchar(64)   not null,
    recorded_at  timestamptz   not null,
    version      bigint        not null default 0
);
create trigger outside_aid_branch_path_trg before insert or update of branch_id on outside_aid
    for each row execute function scoped_row_set_branch_path();
create function branch_path_to_outside_aid() returns trigger language plpgsql as $$
begin
    if new.path is distinct from old.path then
        update outside_aid set branch_path = new.path where branch_id = new.id;
    end if;
    return null;
end $$;
create trigger branch_path_to_outside_aid_trg after update of path on branch
    for each row execute function branch_path_to_outside_aid();
-- a household's ledger, newest first; the double-funding rule by purpose and period
create index outside_aid_worker_idx on outside_aid (worker_id, received_on desc);
-- a household's payouts, newest first (the ledger and the "at most N times" rule)
drop index payout_payee_idx;
create index payout_payee_idx on payout (payee_worker_id, proposed_at desc);
