-- Runs of the scheduled jobs (shared.jobs.JobRuns): which instance ran which job, when and with what outcome.
-- With several instances (docs/operations.md "Scaling out") this shows a period's run happened once.
create table job_run (
    id          bigint generated always as identity primary key,
    job         varchar(64)  not null,
    instance    varchar(128) not null,
    started_at  timestamptz  not null,
    finished_at timestamptz,
    outcome     varchar(200),
    failed      boolean      not null default false
);
create index job_run_job_started on job_run (job, started_at desc);
create index job_run_started on job_run (started_at);
