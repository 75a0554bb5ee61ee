-- One reminder per file and due date: the monthly job can run again (or on two instances) without
-- reminding twice.
create table review_reminder (
    file_id  bigint      not null references hardship_file (id),
    due_on   date        not null,
    sent_at  timestamptz not null default now(),
    primary key (file_id, due_on)
);
