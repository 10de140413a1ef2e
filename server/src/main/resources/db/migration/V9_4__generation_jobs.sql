-- Generation requests as queued jobs: any instance runs them, the request waits for the result (bounded) or polls.
-- request holds the generation inputs until the job finishes, then is cleared; finished rows are purged after 30 days.
create table generation_jobs (
    id             uuid primary key,
    user_id        uuid        not null references users (id) on delete cascade,
    kind           text        not null,
    job_id         uuid,
    request_id     uuid        not null,
    request        text,
    input_hash     text        not null,
    status         text        not null check (status in ('PENDING', 'RUNNING', 'DONE', 'FAILED')),
    attempts       int         not null default 0,
    claim          text,
    claimed_at     timestamptz,
    enqueued_at    timestamptz not null,
    document_id    uuid references generated_documents (id) on delete set null,
    error_status   int,
    error_code     text,
    error_message  text,
    error_guidance text,
    created_at     timestamptz not null,
    finished_at    timestamptz
);
create index generation_jobs_unfinished_idx on generation_jobs (created_at) where status in ('PENDING', 'RUNNING');
create index generation_jobs_finished_idx on generation_jobs (finished_at) where finished_at is not null;
