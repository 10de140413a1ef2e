-- Background work runs on Redis Streams (package work); PostgreSQL stays the record of every job's state.
-- parse_claim: the stream message that claimed the row, so a redelivery of that message can take over from a dead
-- consumer while a duplicate message cannot start a second parse. enqueued_at: when a message was last sent, so the
-- sweeper re-enqueues only jobs whose message may have been lost.
alter table resumes add column parse_claim text;
alter table resumes add column enqueued_at timestamptz;

