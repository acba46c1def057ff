-- The audit log: one row per thing done, append-only.
CREATE SEQUENCE audit_entry_seq INCREMENT BY 50;

CREATE TABLE audit_entry (
    id              BIGINT        PRIMARY KEY,
    occurred_at     TIMESTAMPTZ   NOT NULL,
    username        VARCHAR(100)  NOT NULL,
    action          VARCHAR(30)   NOT NULL,
    record_type     VARCHAR(40)   NOT NULL,
    record_id       VARCHAR(64),
    summary         VARCHAR(2000),
    reason          VARCHAR(1000),
    result_count    INTEGER,
    client_address  VARCHAR(64)
);

CREATE INDEX audit_entry_by_user ON audit_entry (username, occurred_at);
CREATE INDEX audit_entry_by_record ON audit_entry (record_type, record_id, occurred_at);
CREATE INDEX audit_entry_by_time ON audit_entry (occurred_at);

-- Append-only, enforced by the database itself: no application bug or hand-typed SQL can change history.
CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % on audit_entry is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();
