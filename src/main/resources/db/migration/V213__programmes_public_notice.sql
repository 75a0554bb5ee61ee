-- A programme may require a public notice (公示) of its awards before they are paid (student aid does by default
-- in the form): an approved application is on notice from its approval day for the programme's notice days, and
-- its payout cannot be approved before the notice has ended without an open objection.
alter table programme add column requires_public_notice boolean not null default false;
alter table programme add column notice_days integer not null default 7 check (notice_days between 1 and 60);
alter table programme_application add column notice_started_on date;
alter table programme_application add column notice_ends_on date;
alter table programme_application add constraint programme_application_notice_dates
    check ((notice_started_on is null) = (notice_ends_on is null) and (notice_ends_on is null or notice_ends_on > notice_started_on));
-- the public board: awards still on notice in a subtree
create index programme_application_on_notice_idx on programme_application (branch_path varchar_pattern_ops, notice_ends_on)
    where notice_ends_on is not null;
