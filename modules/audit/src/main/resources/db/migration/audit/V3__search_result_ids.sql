-- The records a search returned (their ids, best first, at most the first 100), so that an auditor
-- can ask "who searched for this person?" and not only "who opened their record?". Append-only,
-- like the entry it belongs to. No foreign key to audit_entry: with one, PostgreSQL would refuse a
-- TRUNCATE of audit_entry for the key's sake before the append-only trigger could say why; the rows
-- are written with their entry, in its transaction, and never changed.
CREATE TABLE audit_entry_result (
    entry_id   BIGINT       NOT NULL,
    position   INTEGER      NOT NULL,
    record_id  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (entry_id, position)
);

CREATE INDEX audit_entry_result_by_record ON audit_entry_result (record_id);

CREATE FUNCTION refuse_audit_result_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % on audit_entry_result is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER audit_entry_result_append_only
    BEFORE UPDATE OR DELETE ON audit_entry_result
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_result_change();

CREATE TRIGGER audit_entry_result_no_truncate
    BEFORE TRUNCATE ON audit_entry_result
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_result_change();
