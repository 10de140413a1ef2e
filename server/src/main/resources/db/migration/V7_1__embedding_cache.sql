-- Text embeddings by SHA-256 of the embedded text, shared by all instances and kept across restarts, so a job
-- description is embedded once however often it is ranked.
create table embedding_cache (
    text_sha256 text primary key,
    vector      bytea       not null,
    created_at  timestamptz not null default now()
);
