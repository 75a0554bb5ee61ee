-- The day the deciders of an overdue OPEN appeal were reminded (docs/appeals.md): once per appeal, so the daily job
-- never sends the same reminder twice, whichever instance runs it.
alter table appeal add column overdue_reminded_on date;
create index appeal_overdue_unreminded_idx on appeal (due_on, id) where state = 'OPEN' and overdue_reminded_on is null;
