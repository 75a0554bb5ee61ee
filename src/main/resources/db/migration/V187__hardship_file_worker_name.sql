-- The primary worker's name on the hardship file (issue 10: a module's SQL reads only its own tables). The files
-- list sorts by it without joining the people registry's table; the registry owns the name: the hardship module
-- sets the copy when a file is opened and keeps it on people.WorkerRenamed, in the renaming transaction
-- (HardshipFileWorkerNames). The names shown on the page are read from the registry (WorkerDirectory).
-- The default only serves bulk SQL loads that do not name the column (the benchmark's BenchData): the app always
-- sets it.
alter table hardship_file add column primary_worker_name varchar(100) not null default '';
update hardship_file f set primary_worker_name = w.name from worker w where w.id = f.primary_worker_id;
-- the list sorted by worker name (asc or desc; ties by id desc, as SqlOrder adds), walked in the list's order
create index hardship_file_worker_name_idx on hardship_file (primary_worker_name, id desc);
