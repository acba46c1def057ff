-- Merging two records of one person, and undoing it (issue 18, ADR 0045).
-- A merged-away person stays on file (its id and reference lead to the survivor) but is no longer searched.
ALTER TABLE person ADD COLUMN merged_into BIGINT REFERENCES person (id);
CREATE INDEX person_merged_into ON person (merged_into) WHERE merged_into IS NOT NULL;

-- One merge: who survived, who was merged away, both persons' details before it, who merged and why, and who
-- undid it and why.
CREATE SEQUENCE person_merge_seq;
CREATE TABLE person_merge (
    id                          BIGINT        PRIMARY KEY,
    survivor_id                 BIGINT        NOT NULL REFERENCES person (id),
    merged_away_id              BIGINT        NOT NULL REFERENCES person (id),
    survivor_surname            VARCHAR(100)  NOT NULL,
    survivor_forenames          VARCHAR(200),
    survivor_date_of_birth      DATE,
    survivor_sex                VARCHAR(10)   NOT NULL,
    survivor_height_cm          INTEGER,
    survivor_pnc_id             VARCHAR(20),
    merged_away_surname         VARCHAR(100)  NOT NULL,
    merged_away_forenames       VARCHAR(200),
    merged_away_date_of_birth   DATE,
    merged_away_sex             VARCHAR(10)   NOT NULL,
    merged_away_height_cm       INTEGER,
    merged_away_pnc_id          VARCHAR(20),
    merged_by                   VARCHAR(64)   NOT NULL,
    merged_at                   TIMESTAMPTZ   NOT NULL,
    reason                      VARCHAR(2000) NOT NULL,
    undone_by                   VARCHAR(64),
    undone_at                   TIMESTAMPTZ,
    undo_reason                 VARCHAR(2000),
    CHECK (survivor_id <> merged_away_id),
    CHECK ((undone_at IS NULL) = (undo_reason IS NULL))
);
CREATE INDEX person_merge_by_survivor ON person_merge (survivor_id);
CREATE INDEX person_merge_by_merged_away ON person_merge (merged_away_id);

-- The identifying marks and warning markers a merge moved to the survivor, to move back on undo.
CREATE TABLE person_merge_mark (
    merge_id  BIGINT NOT NULL REFERENCES person_merge (id),
    mark_id   BIGINT NOT NULL REFERENCES identifying_mark (id),
    PRIMARY KEY (merge_id, mark_id)
);
CREATE TABLE person_merge_marker (
    merge_id   BIGINT NOT NULL REFERENCES person_merge (id),
    marker_id  BIGINT NOT NULL REFERENCES warning_marker (id),
    PRIMARY KEY (merge_id, marker_id)
);

-- A name a merge gave the survivor: the merge, and the record it came from (its id and how it is shown).
ALTER TABLE person_name ADD COLUMN merge_id BIGINT REFERENCES person_merge (id);
ALTER TABLE person_name ADD COLUMN merged_from_id BIGINT REFERENCES person (id);
ALTER TABLE person_name ADD COLUMN merged_from VARCHAR(80);
CREATE INDEX person_name_by_merge ON person_name (merge_id) WHERE merge_id IS NOT NULL;
