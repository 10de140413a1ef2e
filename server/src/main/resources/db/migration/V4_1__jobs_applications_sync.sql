-- Saved jobs, the application tracker and the per-user sync event log.

create table jobs (
    id               uuid primary key,
    user_id          uuid        not null references users (id) on delete cascade,
    title            text,
    company          text,
    locations        jsonb       not null default '[]',
    remote_type      text        not null default 'UNKNOWN',
    employment_type  text,
    salary_min       double precision,
    salary_max       double precision,
    salary_currency  text,
    salary_period    text,
    description_html text,
    description_text text,
    source_url       text,
    canonical_url    text,
    ats_vendor       text,
    vendor_job_id    text,
    date_posted      text,
    valid_through    text,
    structured_data  jsonb,
    dedup_key        text,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);
-- The three de-duplication rules, enforced per user even under concurrent saves.
create unique index jobs_user_canonical_url_key on jobs (user_id, canonical_url) where canonical_url is not null;
create unique index jobs_user_vendor_job_key on jobs (user_id, ats_vendor, vendor_job_id)
    where ats_vendor is not null and vendor_job_id is not null;
create unique index jobs_user_dedup_key on jobs (user_id, dedup_key) where dedup_key is not null;

-- One application per saved job (same id), created with the job.
create table applications (
    job_id     uuid primary key references jobs (id) on delete cascade,
    user_id    uuid        not null references users (id) on delete cascade,
    status     text        not null,
    notes      text        not null default '',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index applications_user_updated_idx on applications (user_id, updated_at desc);

create table application_timeline (
    id          bigserial primary key,
    job_id      uuid        not null references applications (job_id) on delete cascade,
    from_status text,
    to_status   text        not null,
    source      text        not null,
    at          timestamptz not null default now()
);
create index application_timeline_job_idx on application_timeline (job_id, id);

create table application_contacts (
    id         uuid primary key,
    job_id     uuid        not null references applications (job_id) on delete cascade,
    name       text        not null,
    role       text,
    email      text,
    phone      text,
    created_at timestamptz not null default now()
);
create index application_contacts_job_idx on application_contacts (job_id);

create table interviews (
    id               uuid primary key,
    job_id           uuid        not null references applications (job_id) on delete cascade,
    starts_at        timestamptz not null,
    duration_minutes integer     not null,
    kind             text        not null,
    interviewer      text,
    location         text,
    outcome          text,
    created_at       timestamptz not null default now()
);
create index interviews_job_idx on interviews (job_id);

create table reminders (
    id         uuid primary key,
    job_id     uuid        not null references applications (job_id) on delete cascade,
    user_id    uuid        not null references users (id) on delete cascade,
    due_at     timestamptz not null,
    note       text        not null default '',
    done_at    timestamptz,
    created_at timestamptz not null default now()
);
create index reminders_user_due_idx on reminders (user_id, due_at) where done_at is null;

-- What was actually sent with an application. Insert-only: the trigger below refuses any UPDATE, so a receipt
-- stays a faithful record (rows still go away with their job or account).
create table application_receipts (
    id                uuid primary key,
    job_id            uuid        not null unique references applications (job_id) on delete cascade,
    field_answers     jsonb       not null,
    resume_version_id text,
    cover_letter      text,
    job_description   text,
    created_at        timestamptz not null default now()
);
create function application_receipts_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'application receipts cannot be changed' using errcode = 'P0001';
end;
$$;
create trigger application_receipts_no_update before update on application_receipts
    for each row execute function application_receipts_immutable();

-- Sync: per-user event ids come from a counter row bumped in the same transaction as the change, so ids are
-- strictly increasing and commit in id order (the row lock serialises a user's writers).
create table event_counters (
    user_id uuid primary key references users (id) on delete cascade,
    last_id bigint not null
);
create table events (
    user_id    uuid        not null references users (id) on delete cascade,
    id         bigint      not null,
    kind       text        not null,
    payload    jsonb       not null,
    created_at timestamptz not null default now(),
    primary key (user_id, id)
);

-- Idempotent client writes: the first result of a clientId, returned again for every retry.
create table client_writes (
    user_id    uuid        not null references users (id) on delete cascade,
    client_id  text        not null,
    op         text        not null,
    result     jsonb,
    created_at timestamptz not null default now(),
    primary key (user_id, client_id)
);
