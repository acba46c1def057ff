-- The records an entry names besides its own (issue 17, ADR 0040): the person booked in, the people and crimes
-- linked to a case file, a missing person and their reporter. A record's history withholds an entry that names a
-- record hidden from its reader by this list, not by reading the words. Append-only, like the entry; covered by the
-- entry's hash when there are some (entries naming none hash as before). No foreign key, as for the results (V3).
CREATE TABLE audit_entry_name (
    entry_id     BIGINT       NOT NULL,
    position     INTEGER      NOT NULL,
    record_type  VARCHAR(40)  NOT NULL,
    record_id    BIGINT       NOT NULL,
    PRIMARY KEY (entry_id, position)
);

CREATE INDEX audit_entry_name_by_record ON audit_entry_name (record_type, record_id);

CREATE FUNCTION refuse_audit_name_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % on audit_entry_name is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER audit_entry_name_append_only
    BEFORE UPDATE OR DELETE ON audit_entry_name
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_name_change();

CREATE TRIGGER audit_entry_name_no_truncate
    BEFORE TRUNCATE ON audit_entry_name
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_name_change();

-- Entries written before this migration name records only in their words ("(person 123)", "crime 45"), and
-- their hashes cannot take a list added now. What they name is read once, here, into a list outside the hash,
-- so that withholding needs no reading of words at run time.
CREATE TABLE audit_entry_name_inferred (
    entry_id     BIGINT       NOT NULL,
    record_type  VARCHAR(40)  NOT NULL,
    record_id    BIGINT       NOT NULL,
    PRIMARY KEY (entry_id, record_type, record_id)
);

INSERT INTO audit_entry_name_inferred (entry_id, record_type, record_id)
SELECT DISTINCT named.entry_id,
       CASE named.kind WHEN 'person' THEN 'PERSON' WHEN 'crime' THEN 'CRIME' WHEN 'report' THEN 'CRIME_REPORT'
            WHEN 'custody record' THEN 'CUSTODY_RECORD' WHEN 'missing case' THEN 'MISSING_PERSON_CASE'
            ELSE 'CASE_FILE' END,
       CAST(named.id AS BIGINT)
FROM (
    SELECT words.entry_id, m[1] AS kind, m[2] AS id
    FROM (
        SELECT e.id AS entry_id, e.summary AS text FROM audit_entry e WHERE e.action IN ('CREATE', 'CHANGE', 'DELETE')
        UNION ALL
        SELECT c.entry_id, c.old_value FROM audit_change c
        UNION ALL
        SELECT c.entry_id, c.new_value FROM audit_change c
    ) words,
    LATERAL regexp_matches(words.text, '\m(person|crime|report|custody record|missing case|case file) (\d{1,18})\M', 'g') m
    WHERE words.text IS NOT NULL
) named;
