-- Accounts, refresh-token families and the security audit log.
create table users (
    id            uuid primary key,
    email         text        not null,
    password_hash text        not null,
    created_at    timestamptz not null default now(),
    email_verified_at timestamptz
);
-- Emails are normalised (trimmed, lower-cased) before they are stored, so a plain unique index is enough.
create unique index users_email_key on users (email);

create table refresh_tokens (
    id         uuid primary key,
    user_id    uuid        not null references users (id) on delete cascade,
    family_id  uuid        not null,
    token_hash text        not null unique,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz,
    revoked_at timestamptz
);
create index refresh_tokens_family_idx on refresh_tokens (family_id);
create index refresh_tokens_user_idx on refresh_tokens (user_id);

-- Security events. No foreign key: entries outlive a deleted account and then carry no personal data.
create table audit_log (
    id         bigserial primary key,
    user_id    uuid,
    event      text        not null,
    ip         text,
    created_at timestamptz not null default now()
);
create index audit_log_user_idx on audit_log (user_id);
