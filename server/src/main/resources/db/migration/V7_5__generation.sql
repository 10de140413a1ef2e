-- Generated documents (tailored resumes, cover letters, drafted answers, interview sessions), cached by input hash.
-- The resume-versions feature will own tailored resumes later; until then they live here, linked to the job.
create table generated_documents (
    id         uuid primary key,
    user_id    uuid        not null references users (id) on delete cascade,
    job_id     uuid,
    kind       text        not null,
    content    text        not null,
    input_hash text        not null,
    provider   text        not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz
);
create index generated_documents_cache_idx on generated_documents (user_id, kind, input_hash);
create index generated_documents_job_idx on generated_documents (user_id, job_id);

-- Practice answers and their feedback, per interview session (a generated_documents row of kind INTERVIEW).
create table interview_answers (
    id          uuid primary key,
    document_id uuid        not null references generated_documents (id) on delete cascade,
    question_id text        not null,
    answer      text        not null,
    feedback    text        not null,
    created_at  timestamptz not null default now()
);
create index interview_answers_document_idx on interview_answers (document_id);

-- Progress of long generations, polled until the sync feature pushes them to clients.
create table generation_progress (
    id         bigserial primary key,
    request_id uuid        not null,
    user_id    uuid        not null references users (id) on delete cascade,
    kind       text        not null,
    stage      text        not null,
    message    text        not null,
    created_at timestamptz not null default now()
);
create index generation_progress_request_idx on generation_progress (request_id);

-- Successful generations per user, day and provider, for the admin usage view (the daily limit itself is in Redis).
create table generation_usage (
    id       uuid primary key,
    user_id  uuid    not null references users (id) on delete cascade,
    day      date    not null,
    provider text    not null,
    count    integer not null,
    unique (user_id, day, provider)
);

-- Plan per user for generation limits; no row means free (billing will own this later).
create table generation_plans (
    user_id uuid primary key references users (id) on delete cascade,
    plan    text not null check (plan in ('free', 'pro'))
);
