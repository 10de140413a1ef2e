-- Which weekly summaries were sent: the primary key is the claim, so with several instances one sends each summary.
create table summary_mails (
    user_id    uuid        not null references users (id) on delete cascade,
    week_start date        not null,
    sent_at    timestamptz not null default now(),
    primary key (user_id, week_start)
);
