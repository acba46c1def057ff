-- Re-imports merge rather than overwrite (ADR 0024). What the last import said of each person's own
-- details, so that a later import changes only what the source itself changed and an officer's
-- correction of the same field stays; and which other names came from an import (only those are ended
-- when the file stops listing them; names officers added are never touched by an import).
ALTER TABLE person ADD COLUMN imported_surname VARCHAR(100);
ALTER TABLE person ADD COLUMN imported_forenames VARCHAR(200);
ALTER TABLE person ADD COLUMN imported_date_of_birth DATE;
ALTER TABLE person ADD COLUMN imported_sex VARCHAR(10);
ALTER TABLE person_name ADD COLUMN imported BOOLEAN NOT NULL DEFAULT FALSE;

-- People already imported: their details as they stand are taken as what the source said. Aliases
-- written with the person by an import (same moment as the person's creation or last import) are
-- the import's; any other name is kept as an officer's.
UPDATE person SET imported_surname = surname, imported_forenames = forenames,
    imported_date_of_birth = date_of_birth, imported_sex = sex
  WHERE reference IS NOT NULL;
UPDATE person_name n SET imported = TRUE
  FROM person p
  WHERE n.person_id = p.id AND p.reference IS NOT NULL AND n.name_type = 'ALIAS' AND n.ended_at IS NULL
    AND (n.added_at = p.created_at OR n.added_at = p.changed_at);
