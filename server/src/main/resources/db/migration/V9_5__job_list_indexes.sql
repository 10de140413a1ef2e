-- The saved-jobs list walks one user's rows in its sort order and stops after a page, instead of reading every
-- user's jobs and sorting them (bench-http: a seq scan of jobs and applications per list request). The trailing
-- id columns make the order total, which the list's keyset cursor relies on.
create index applications_user_updated_job_idx on applications (user_id, updated_at desc, job_id desc);
drop index applications_user_updated_idx;
create index jobs_user_created_idx on jobs (user_id, created_at desc, id desc);
create index jobs_user_company_idx on jobs (user_id, lower(company), created_at desc, id desc);
