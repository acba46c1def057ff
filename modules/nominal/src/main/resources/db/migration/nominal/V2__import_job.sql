-- Background imports of people from a legacy system's CSV export, with their progress and refused rows.
CREATE SEQUENCE import_job_seq;

CREATE TABLE import_job (
    id           BIGINT        PRIMARY KEY,
    source       VARCHAR(200)  NOT NULL,
    status       VARCHAR(20)   NOT NULL CHECK (status IN ('RUNNING', 'FINISHED', 'FAILED')),
    started_by   VARCHAR(64)   NOT NULL,
    started_at   TIMESTAMPTZ   NOT NULL,
    finished_at  TIMESTAMPTZ,
    total_rows   BIGINT        NOT NULL,
    rows_done    BIGINT        NOT NULL,
    created      BIGINT        NOT NULL,
    updated      BIGINT        NOT NULL,
    rejected     BIGINT        NOT NULL,
    problems     TEXT          NOT NULL
);

-- Looking a person up by the reference given at import (re-import updates instead of duplicating).
-- The UNIQUE constraint of V1 already indexes person.reference.
