-- Every distinct match result per (user, saved job, resume version): the score over time and what it was made of.
-- A recomputation that gives the same result as the latest row is not stored again (same inputs, same score).
create table match_history (
    id             uuid primary key,
    user_id        uuid        not null references users (id) on delete cascade,
    job_id         uuid        not null references jobs (id) on delete cascade,
    resume_id      uuid        not null references resumes (id) on delete cascade,
    score          int         not null,
    band           text        not null,
    engine_version text        not null,
    result         jsonb       not null,
    created_at     timestamptz not null default clock_timestamp()
);
create index match_history_pair_idx on match_history (user_id, job_id, resume_id, created_at desc);
create index match_history_user_idx on match_history (user_id, created_at desc);
