-- Single-use, time-limited tokens sent by email (verify address, reset password) and extension sign-in codes.
-- Only a SHA-256 of each token is stored, so a database leak does not hand out working links.
create table one_time_tokens (
    token_hash text primary key,
    user_id    uuid        not null references users (id) on delete cascade,
    purpose    text        not null check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD', 'EXTENSION_SIGN_IN')),
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index one_time_tokens_user_idx on one_time_tokens (user_id, purpose);

-- Mail preferences; a missing row means the defaults (follow-up reminders on, weekly summary off).
create table mail_preferences (
    user_id           uuid primary key references users (id) on delete cascade,
    weekly_summary    boolean     not null default false,
    follow_up_reminders boolean   not null default true,
    last_summary_at   timestamptz
);

-- Which due reminders were already mailed, so a reminder is sent once even with several server instances.
create table reminder_mails (
    reminder_id uuid primary key,
    user_id     uuid        not null references users (id) on delete cascade,
    sent_at     timestamptz not null default now()
);
