-- Custody: one record per detention, its offences, and its entries. Append-only: the database itself
-- refuses UPDATE, DELETE and TRUNCATE on all three tables, so that no application bug and no hand-typed
-- SQL can rewrite a custody record. A correction is a new entry that points at the one it corrects.
-- People are referred to by their id on the people index (schema nominal), with no foreign key across
-- schemas, and by their name and warning markers as they stood at booking in.
CREATE SEQUENCE custody_record_seq INCREMENT BY 50;
CREATE SEQUENCE custody_entry_seq INCREMENT BY 50;

-- The booking in: arrest, arrival, the relevant time the PACE clock runs from (s. 41(2)), and the
-- custody officer's decision on detention with its grounds. Written once.
CREATE TABLE custody_record (
    id                    BIGINT        PRIMARY KEY,
    custody_number        VARCHAR(40)   NOT NULL UNIQUE,
    person_id             BIGINT        NOT NULL,          -- nominal.person.id
    person_name           VARCHAR(300)  NOT NULL,
    warning_markers       VARCHAR(1000),
    arrested_at           TIMESTAMPTZ   NOT NULL,
    arrest_place          VARCHAR(300)  NOT NULL,
    arrived_at            TIMESTAMPTZ   NOT NULL,
    arrested_at_station   BOOLEAN       NOT NULL,
    arresting_officer     VARCHAR(100)  NOT NULL,
    relevant_time         TIMESTAMPTZ   NOT NULL,
    detention_authorised  BOOLEAN       NOT NULL,
    decided_at            TIMESTAMPTZ   NOT NULL,
    decided_by            VARCHAR(64)   NOT NULL,
    grounds               VARCHAR(4000) NOT NULL CHECK (length(trim(grounds)) > 0),
    CONSTRAINT custody_arrival_after_arrest CHECK (arrested_at_station OR arrived_at >= arrested_at),
    CONSTRAINT custody_relevant_time_s41 CHECK (relevant_time <= arrested_at + INTERVAL '24 hours')
);
CREATE INDEX custody_record_by_person ON custody_record (person_id);
CREATE INDEX custody_record_by_relevant_time ON custody_record (relevant_time);

CREATE TABLE custody_offence (
    id           BIGINT       PRIMARY KEY,
    record_id    BIGINT       NOT NULL REFERENCES custody_record (id),
    description  VARCHAR(300) NOT NULL,
    indictable   BOOLEAN      NOT NULL
);
CREATE INDEX custody_offence_by_record ON custody_offence (record_id);

-- Every entry: what happened, when it happened, who recorded it and when. The typed columns hold the
-- structured part of the kinds that have one.
CREATE TABLE custody_entry (
    id                  BIGINT        PRIMARY KEY,
    record_id           BIGINT        NOT NULL REFERENCES custody_record (id),
    kind                VARCHAR(30)   NOT NULL CHECK (kind IN ('BOOKED_IN', 'DETENTION_AUTHORISED', 'DETENTION_REFUSED',
                                          'RIGHTS', 'RISK_ASSESSMENT', 'PROPERTY', 'CELL', 'VISIT', 'ROUSING', 'NOTE',
                                          'REVIEW', 'EXTENSION', 'WARRANT', 'DISPOSAL')),
    occurred_at         TIMESTAMPTZ   NOT NULL,
    recorded_at         TIMESTAMPTZ   NOT NULL,
    recorded_by         VARCHAR(64)   NOT NULL,
    text                VARCHAR(4000),
    corrects_id         BIGINT        UNIQUE REFERENCES custody_entry (id),   -- an entry is corrected at most once
    correction_reason   VARCHAR(1000),
    cell                VARCHAR(40),
    observation_level   VARCHAR(20)   CHECK (observation_level IN ('GENERAL', 'INTERMITTENT', 'CONSTANT', 'CLOSE_PROXIMITY')),
    entitlement         VARCHAR(30)   CHECK (entitlement IN ('LEGAL_ADVICE', 'SOMEONE_INFORMED', 'CODES_OF_PRACTICE')),
    officer_rank        VARCHAR(30)   CHECK (officer_rank IN ('SERGEANT', 'INSPECTOR', 'CHIEF_INSPECTOR', 'SUPERINTENDENT',
                                                              'CHIEF_SUPERINTENDENT')),
    authorised_by       VARCHAR(200),
    until_at            TIMESTAMPTZ,
    continue_detention  BOOLEAN,
    postponement        VARCHAR(1000),
    disposal            VARCHAR(40)   CHECK (disposal IN ('CHARGED', 'RELEASED_UNDER_INVESTIGATION', 'BAILED',
                                                          'NO_FURTHER_ACTION', 'TRANSFERRED', 'DETENTION_REFUSED')),
    return_date         DATE,
    transferred_to      VARCHAR(200),
    CONSTRAINT custody_correction_has_reason CHECK ((corrects_id IS NULL) = (correction_reason IS NULL)),
    CONSTRAINT custody_cell_named CHECK (kind <> 'CELL' OR cell IS NOT NULL),
    CONSTRAINT custody_risk_sets_level CHECK (kind <> 'RISK_ASSESSMENT' OR observation_level IS NOT NULL),
    CONSTRAINT custody_right_named CHECK (kind <> 'RIGHTS' OR entitlement IS NOT NULL),
    CONSTRAINT custody_review_by_rank CHECK (kind <> 'REVIEW' OR (officer_rank IS NOT NULL AND continue_detention IS NOT NULL)),
    CONSTRAINT custody_extension_s42 CHECK (kind <> 'EXTENSION' OR (officer_rank IN ('SUPERINTENDENT', 'CHIEF_SUPERINTENDENT')
                                                                    AND until_at IS NOT NULL)),
    CONSTRAINT custody_warrant_until CHECK (kind <> 'WARRANT' OR (until_at IS NOT NULL AND authorised_by IS NOT NULL)),
    CONSTRAINT custody_disposal_type CHECK ((kind = 'DISPOSAL') = (disposal IS NOT NULL)),
    CONSTRAINT custody_bail_return_date CHECK (disposal IS DISTINCT FROM 'BAILED' OR return_date IS NOT NULL),
    CONSTRAINT custody_transfer_to CHECK (disposal IS DISTINCT FROM 'TRANSFERRED' OR transferred_to IS NOT NULL)
);
CREATE INDEX custody_entry_by_record ON custody_entry (record_id, occurred_at);
-- One disposal per detention (corrections of it aside).
CREATE UNIQUE INDEX custody_one_disposal ON custody_entry (record_id) WHERE kind = 'DISPOSAL' AND corrects_id IS NULL;
CREATE INDEX custody_open_records ON custody_entry (record_id) WHERE kind = 'DISPOSAL';

-- The custody numbers given so far, one counter a year (not part of the record; advanced by an upsert).
CREATE TABLE custody_number_counter (
    year        INTEGER PRIMARY KEY,
    last_value  BIGINT  NOT NULL
);

-- Append-only, enforced by the database itself.
CREATE FUNCTION refuse_custody_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the custody record is append-only: % on % is not allowed; add a correcting entry instead',
        TG_OP, TG_TABLE_NAME;
END;
$$;

-- A correction corrects an entry of the same record and of the same kind. The function runs with the
-- search path it was created with (this schema), whatever the caller's.
CREATE FUNCTION check_custody_correction() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF NEW.corrects_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM custody_entry c WHERE c.id = NEW.corrects_id AND c.record_id = NEW.record_id AND c.kind = NEW.kind) THEN
        RAISE EXCEPTION 'a correction must correct an entry of the same kind on the same custody record';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER custody_entry_correction BEFORE INSERT ON custody_entry
    FOR EACH ROW EXECUTE FUNCTION check_custody_correction();

CREATE TRIGGER custody_record_append_only BEFORE UPDATE OR DELETE ON custody_record
    FOR EACH ROW EXECUTE FUNCTION refuse_custody_change();
CREATE TRIGGER custody_record_no_truncate BEFORE TRUNCATE ON custody_record
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_custody_change();
CREATE TRIGGER custody_offence_append_only BEFORE UPDATE OR DELETE ON custody_offence
    FOR EACH ROW EXECUTE FUNCTION refuse_custody_change();
CREATE TRIGGER custody_offence_no_truncate BEFORE TRUNCATE ON custody_offence
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_custody_change();
CREATE TRIGGER custody_entry_append_only BEFORE UPDATE OR DELETE ON custody_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_custody_change();
CREATE TRIGGER custody_entry_no_truncate BEFORE TRUNCATE ON custody_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_custody_change();
