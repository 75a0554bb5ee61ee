-- A payout's funding rows add up to its amount (or it has none: paid outside the programme budgets).
-- Checked at commit, after the payout and all its rows are written.
create or replace function payout_funding_sum_check() returns trigger language plpgsql as $$
declare
    target bigint := coalesce(new.payout_id, old.payout_id);
    total  numeric(14,2);
    rows   integer;
    expect numeric(14,2);
begin
    select coalesce(sum(amount), 0), count(*) into total, rows from payout_funding where payout_id = target;
    select amount into expect from payout where id = target;
    if rows > 0 and total <> expect then
        raise exception 'payout % funding rows sum to %, not its amount %', target, total, expect
            using errcode = '23514';
    end if;
    return null;
end $$;

create constraint trigger payout_funding_sum after insert or update or delete on payout_funding
    deferrable initially deferred for each row execute function payout_funding_sum_check();
