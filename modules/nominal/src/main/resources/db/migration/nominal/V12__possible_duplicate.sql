-- The duplicate finder's review queue (issue 18, ADR 0043 and 0044): pairs of people the finder takes for
-- one, with its match weight, probability and explanation, and what a reviewer decided. One row a pair, the
-- lower person id first; a pair a reviewer dismissed stays dismissed when the finder runs again.
ALTER TABLE job DROP CONSTRAINT IF EXISTS job_kind_check;
ALTER TABLE job ADD CONSTRAINT job_kind_check CHECK (kind IN ('IMPORT', 'REINDEX', 'DUPLICATES'));

CREATE SEQUENCE possible_duplicate_seq INCREMENT BY 50;

CREATE TABLE possible_duplicate (
    id                BIGINT           PRIMARY KEY,
    first_person_id   BIGINT           NOT NULL REFERENCES person (id),
    second_person_id  BIGINT           NOT NULL REFERENCES person (id),
    match_weight      DOUBLE PRECISION NOT NULL,
    probability       DOUBLE PRECISION NOT NULL CHECK (probability >= 0 AND probability <= 1),
    explanation       VARCHAR(2000)    NOT NULL,
    status            VARCHAR(20)      NOT NULL CHECK (status IN ('OPEN', 'NOT_A_DUPLICATE', 'MERGED')),
    found_at          TIMESTAMPTZ      NOT NULL,
    found_by_job      BIGINT           REFERENCES job (id),
    reviewed_by       VARCHAR(64),
    reviewed_at       TIMESTAMPTZ,
    review_reason     VARCHAR(2000),
    version           INTEGER          NOT NULL DEFAULT 0,
    CHECK (first_person_id < second_person_id),
    UNIQUE (first_person_id, second_person_id)
);

CREATE INDEX possible_duplicate_by_status ON possible_duplicate (status, probability DESC, id);
CREATE INDEX possible_duplicate_by_second ON possible_duplicate (second_person_id);
