-- Which server runs a background job, and when it last showed signs of life: a job whose server died is ended
-- as FAILED with its reason (OrphanedJobs) instead of staying RUNNING for ever.
ALTER TABLE job ADD COLUMN node VARCHAR(100);
ALTER TABLE job ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
UPDATE job SET heartbeat_at = COALESCE(finished_at, started_at);
