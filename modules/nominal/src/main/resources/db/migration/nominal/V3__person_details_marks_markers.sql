-- A person's description and references, who changed them, and the history of other names;
-- identifying marks; warning markers (ended, never deleted).
ALTER TABLE person ADD COLUMN pnc_id VARCHAR(20);
ALTER TABLE person ADD COLUMN height_cm INTEGER CHECK (height_cm BETWEEN 50 AND 250);
ALTER TABLE person ADD COLUMN changed_at TIMESTAMPTZ;
ALTER TABLE person ADD COLUMN changed_by VARCHAR(64);
CREATE INDEX person_by_pnc_id ON person (pnc_id);

ALTER TABLE person_name ADD COLUMN added_by VARCHAR(64);
ALTER TABLE person_name ADD COLUMN added_at TIMESTAMPTZ;
ALTER TABLE person_name ADD COLUMN ended_by VARCHAR(64);
ALTER TABLE person_name ADD COLUMN ended_at TIMESTAMPTZ;

CREATE SEQUENCE identifying_mark_seq;
CREATE TABLE identifying_mark (
    id             BIGINT        PRIMARY KEY,
    person_id      BIGINT        NOT NULL REFERENCES person (id),
    kind           VARCHAR(20)   NOT NULL CHECK (kind IN ('SCAR', 'MARK', 'TATTOO', 'PIERCING', 'OTHER')),
    description    VARCHAR(500)  NOT NULL,
    body_location  VARCHAR(200)  NOT NULL,
    recorded_by    VARCHAR(64)   NOT NULL,
    recorded_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX identifying_mark_by_person ON identifying_mark (person_id);

CREATE SEQUENCE warning_marker_seq;
CREATE TABLE warning_marker (
    id           BIGINT        PRIMARY KEY,
    person_id    BIGINT        NOT NULL REFERENCES person (id),
    marker_type  VARCHAR(30)   NOT NULL,
    note         VARCHAR(1000),
    set_by       VARCHAR(64)   NOT NULL,
    set_at       TIMESTAMPTZ   NOT NULL,
    ended_by     VARCHAR(64),
    ended_at     TIMESTAMPTZ,
    end_reason   VARCHAR(1000),
    CHECK ((ended_at IS NULL) = (end_reason IS NULL))
);
CREATE INDEX warning_marker_by_person ON warning_marker (person_id);
