-- A tailored resume is also kept as a resume version (a PDF the user can download, attach and mark primary);
-- the generated document points at that version.
alter table generated_documents add column resume_id uuid references resumes (id) on delete set null;
