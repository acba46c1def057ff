-- Tamper evidence (ADR 0017): every entry written from now on takes the next position in one chain and
-- carries the SHA-256 hash of its content and of the previous entry's hash. Entries written before this
-- migration keep no position: they are counted, not covered (see docs/audit.md).
-- Adding nullable columns without a default rewrites no row, so the append-only trigger is not fired.
ALTER TABLE audit_entry ADD COLUMN chain_position BIGINT;
ALTER TABLE audit_entry ADD COLUMN previous_hash CHAR(64);
ALTER TABLE audit_entry ADD COLUMN entry_hash CHAR(64);
CREATE UNIQUE INDEX audit_entry_by_chain_position ON audit_entry (chain_position);

-- The same refusal as V1's, naming the table it guards.
CREATE FUNCTION refuse_audit_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME;
END;
$$;

-- The head of the chain: one row, locked by each writer for the moment it takes the next position.
CREATE TABLE audit_chain_head (
    id              SMALLINT     PRIMARY KEY CHECK (id = 1),
    last_position   BIGINT       NOT NULL,
    last_hash       CHAR(64)     NOT NULL
);
INSERT INTO audit_chain_head (id, last_position, last_hash) VALUES (1, 0, repeat('0', 64));

CREATE TRIGGER audit_chain_head_kept
    BEFORE DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_rewrite();

CREATE TRIGGER audit_chain_head_no_truncate
    BEFORE TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_rewrite();

-- The fields a create or change altered, with old and new values: each record's history (ADR 0018).
-- Part of its entry's content, so covered by the entry's hash; append-only like the entry.
CREATE TABLE audit_change (
    entry_id        BIGINT        NOT NULL REFERENCES audit_entry (id),
    line            INTEGER       NOT NULL,
    field           VARCHAR(100)  NOT NULL,
    old_value       VARCHAR(1000),
    new_value       VARCHAR(1000),
    PRIMARY KEY (entry_id, line)
);

CREATE TRIGGER audit_change_append_only
    BEFORE UPDATE OR DELETE ON audit_change
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_rewrite();

CREATE TRIGGER audit_change_no_truncate
    BEFORE TRUNCATE ON audit_change
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_rewrite();
