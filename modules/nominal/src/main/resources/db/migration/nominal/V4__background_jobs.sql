-- Imports and rebuilds of the search index share one record of background jobs.
ALTER TABLE import_job RENAME TO job;
ALTER SEQUENCE import_job_seq RENAME TO job_seq;
ALTER TABLE job ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'IMPORT' CHECK (kind IN ('IMPORT', 'REINDEX'));
