-- One profile document per user (the shared Profile as JSON plus the EEO opt-in); updated_at is the version
-- clients send back in If-Match so a stale write is refused instead of overwriting newer data.
create table profiles (
    user_id    uuid primary key references users (id) on delete cascade,
    document   jsonb       not null,
    updated_at timestamptz not null
);

-- Every uploaded resume file is a version. Parsing runs in the background: workers claim PENDING rows with
-- FOR UPDATE SKIP LOCKED, so several server instances share the work; the status columns are what clients poll.
create table resumes (
    id                  uuid primary key,
    user_id             uuid        not null references users (id) on delete cascade,
    file_name           text        not null,
    content_type        text        not null,
    file_type           text        not null,
    size_bytes          bigint      not null,
    sha256              text        not null,
    content             bytea       not null,
    created_at          timestamptz not null,
    is_primary          boolean     not null default false,
    tags                text[]      not null default '{}',
    notes               text,
    parse_status        text        not null,
    parse_attempts      int         not null default 0,
    parse_started_at    timestamptz,
    parsed_at           timestamptz,
    parse_millis        bigint,
    parse_error_code    text,
    parse_error_message text,
    parse_guidance      text,
    parsed              jsonb,
    extracted_text      text
);
create index resumes_user_idx on resumes (user_id, created_at desc);
create unique index resumes_one_primary_key on resumes (user_id) where is_primary;
create index resumes_unparsed_idx on resumes (created_at) where parse_status in ('PENDING', 'PARSING');

-- Saved answers to free-text application questions; the question's embedding is cached for matching.
create table answers (
    id           uuid primary key,
    user_id      uuid        not null references users (id) on delete cascade,
    question     text        not null,
    answer       text        not null,
    tags         text[]      not null default '{}',
    source       text        not null,
    embedding    real[],
    last_used_at timestamptz,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index answers_user_idx on answers (user_id, updated_at desc);
