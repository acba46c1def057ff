-- A restriction carried over to the survivor of a merge of two people (issue 18, ADR 0046): the merged-away person
-- was restricted and the survivor was not, so the survivor got a restriction with the same category, reason and
-- list. merge_id names that merge (nominal.person_merge.id), so that undoing it lifts exactly this restriction.
ALTER TABLE restriction.restriction ADD COLUMN merge_id BIGINT;
CREATE INDEX restriction_by_merge ON restriction.restriction (merge_id) WHERE merge_id IS NOT NULL;
