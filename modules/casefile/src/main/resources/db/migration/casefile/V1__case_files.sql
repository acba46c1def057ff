-- Case files: prosecution files to the National File Standard. A file links crimes (by id on the crime
-- module, schema crime) and people (by id on the people index, schema nominal), with no foreign key across
-- schemas and with the crime number and name as they stood when linked. Its contents follow the Manual of
-- Guidance forms; exhibits carry an append-only continuity record; every stage change is kept as an event.
CREATE SEQUENCE file_seq INCREMENT BY 50;
CREATE SEQUENCE file_detail_seq INCREMENT BY 50;
CREATE TABLE file_number_counter (
    year      INTEGER PRIMARY KEY,
    last_used INTEGER NOT NULL
);

CREATE TABLE case_file (
    id                     BIGINT        PRIMARY KEY,
    reference              VARCHAR(20)   NOT NULL UNIQUE,     -- e.g. CF/2026/000123
    file_type              VARCHAR(12)   NOT NULL CHECK (file_type IN ('PRE_CHARGE', 'EXPEDITED', 'FULL')),
    status                 VARCHAR(20)   NOT NULL CHECK (status IN ('DRAFT', 'WITH_SUPERVISOR', 'RETURNED', 'APPROVED',
                               'SUBMITTED_TO_CPS', 'CHARGING_DECISION', 'AT_COURT', 'OUTCOME')),
    officer_in_case        VARCHAR(64)   NOT NULL,
    supervisor             VARCHAR(64),
    opened_by              VARCHAR(64)   NOT NULL,
    opened_at              TIMESTAMPTZ   NOT NULL,
    stage_since            TIMESTAMPTZ   NOT NULL,            -- when the file reached its present stage
    approved_by            VARCHAR(64),
    charging_decision      VARCHAR(4000),
    court                  VARCHAR(300),
    hearing_date           DATE,
    outcome                VARCHAR(4000),
    version                INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT file_approved_by_someone CHECK (status NOT IN ('APPROVED', 'SUBMITTED_TO_CPS', 'CHARGING_DECISION',
        'AT_COURT', 'OUTCOME') OR approved_by IS NOT NULL),
    CONSTRAINT file_decision_recorded CHECK (status NOT IN ('CHARGING_DECISION', 'AT_COURT', 'OUTCOME')
        OR charging_decision IS NOT NULL)
);
CREATE INDEX file_by_officer ON case_file (officer_in_case);
CREATE INDEX file_by_status ON case_file (status);
CREATE INDEX file_by_time ON case_file (opened_at);

CREATE TABLE file_crime (
    id            BIGINT       PRIMARY KEY,
    file_id       BIGINT       NOT NULL REFERENCES case_file (id),
    crime_id      BIGINT       NOT NULL,
    crime_number  VARCHAR(40)  NOT NULL,
    UNIQUE (file_id, crime_id)
);

-- Suspects, defendants and witnesses (the MG9 witness list), each a person on the people index.
CREATE TABLE file_party (
    id           BIGINT        PRIMARY KEY,
    file_id      BIGINT        NOT NULL REFERENCES case_file (id),
    person_id    BIGINT        NOT NULL,
    person_name  VARCHAR(300)  NOT NULL,
    role         VARCHAR(10)   NOT NULL CHECK (role IN ('SUSPECT', 'DEFENDANT', 'WITNESS')),
    UNIQUE (file_id, person_id, role)
);
CREATE INDEX party_by_person ON file_party (person_id);

-- The written forms: MG3, MG5, MG6C, MG6D, MG11 (one a witness), MG15 (one an interview).
CREATE TABLE file_form (
    id           BIGINT         PRIMARY KEY,
    file_id      BIGINT         NOT NULL REFERENCES case_file (id),
    form         VARCHAR(6)     NOT NULL CHECK (form IN ('MG3', 'MG5', 'MG6C', 'MG6D', 'MG11', 'MG15')),
    person_id    BIGINT,
    person_name  VARCHAR(300),
    body         VARCHAR(20000) NOT NULL,
    written_by   VARCHAR(64)    NOT NULL,
    written_at   TIMESTAMPTZ    NOT NULL,
    signed_by    VARCHAR(300),
    signed_at    TIMESTAMPTZ,
    CONSTRAINT form_person CHECK ((form IN ('MG11', 'MG15')) = (person_id IS NOT NULL)),
    CONSTRAINT form_signed CHECK ((signed_by IS NULL) = (signed_at IS NULL))
);
CREATE UNIQUE INDEX one_form_each ON file_form (file_id, form, coalesce(person_id, 0));

CREATE TABLE exhibit (
    id            BIGINT         PRIMARY KEY,
    file_id       BIGINT         NOT NULL REFERENCES case_file (id),
    reference     VARCHAR(30)    NOT NULL,     -- the producer's reference, e.g. JS/1
    description   VARCHAR(2000)  NOT NULL,
    seized_by     VARCHAR(300)   NOT NULL,
    seized_at     TIMESTAMPTZ    NOT NULL,
    seized_from   VARCHAR(300)   NOT NULL,
    recorded_by   VARCHAR(64)    NOT NULL,
    recorded_at   TIMESTAMPTZ    NOT NULL,
    UNIQUE (file_id, reference)
);

-- The continuity of each exhibit: who held it, from when to when, where it was stored. Append-only: a
-- mistake is put right by a new entry that names the one it corrects, with the reason.
CREATE TABLE continuity_entry (
    id           BIGINT         PRIMARY KEY,
    exhibit_id   BIGINT         NOT NULL REFERENCES exhibit (id),
    held_by      VARCHAR(300)   NOT NULL,
    held_from    TIMESTAMPTZ    NOT NULL,
    held_to      TIMESTAMPTZ,
    stored_at    VARCHAR(300)   NOT NULL,
    recorded_by  VARCHAR(64)    NOT NULL,
    recorded_at  TIMESTAMPTZ    NOT NULL,
    corrects_id  BIGINT         REFERENCES continuity_entry (id),
    reason       VARCHAR(2000),
    CONSTRAINT continuity_in_order CHECK (held_to IS NULL OR held_to >= held_from),
    CONSTRAINT correction_has_reason CHECK (corrects_id IS NULL OR reason IS NOT NULL)
);
CREATE INDEX continuity_by_exhibit ON continuity_entry (exhibit_id);

-- Every stage a file reaches, with the date, who moved it, and a note (a return's written feedback).
CREATE TABLE file_event (
    id        BIGINT         PRIMARY KEY,
    file_id   BIGINT         NOT NULL REFERENCES case_file (id),
    stage     VARCHAR(20)    NOT NULL CHECK (stage IN ('DRAFT', 'WITH_SUPERVISOR', 'RETURNED', 'APPROVED',
                  'SUBMITTED_TO_CPS', 'CHARGING_DECISION', 'AT_COURT', 'OUTCOME')),
    at        TIMESTAMPTZ    NOT NULL,
    by_user   VARCHAR(64)    NOT NULL,
    note      VARCHAR(4000),
    CONSTRAINT return_has_feedback CHECK (stage <> 'RETURNED' OR note IS NOT NULL)
);
CREATE INDEX event_by_file ON file_event (file_id);

-- Append-only, enforced by the database itself: the continuity record and the stage history.
CREATE FUNCTION refuse_casefile_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the % record is append-only: % is not allowed; add a correcting entry instead',
        TG_TABLE_NAME, TG_OP;
END;
$$;

-- A correction corrects an entry of the same exhibit.
CREATE FUNCTION check_continuity_correction() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF NEW.corrects_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM continuity_entry c WHERE c.id = NEW.corrects_id AND c.exhibit_id = NEW.exhibit_id) THEN
        RAISE EXCEPTION 'a correction must correct a continuity entry of the same exhibit';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER continuity_correction BEFORE INSERT ON continuity_entry
    FOR EACH ROW EXECUTE FUNCTION check_continuity_correction();
CREATE TRIGGER continuity_append_only BEFORE UPDATE OR DELETE ON continuity_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_casefile_change();
CREATE TRIGGER continuity_no_truncate BEFORE TRUNCATE ON continuity_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_casefile_change();
CREATE TRIGGER exhibit_append_only BEFORE UPDATE OR DELETE ON exhibit
    FOR EACH ROW EXECUTE FUNCTION refuse_casefile_change();
CREATE TRIGGER exhibit_no_truncate BEFORE TRUNCATE ON exhibit
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_casefile_change();
CREATE TRIGGER event_append_only BEFORE UPDATE OR DELETE ON file_event
    FOR EACH ROW EXECUTE FUNCTION refuse_casefile_change();
CREATE TRIGGER event_no_truncate BEFORE TRUNCATE ON file_event
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_casefile_change();
