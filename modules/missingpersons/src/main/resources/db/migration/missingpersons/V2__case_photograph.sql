-- The photograph of the missing person. Every photograph given is kept; the newest is the one shown
-- on the case. JPEG or PNG, at most 5 MiB (the service checks the format from the bytes themselves).
CREATE TABLE case_photograph (
    id            BIGINT        PRIMARY KEY,
    case_id       BIGINT        NOT NULL REFERENCES missing_case (id),
    content_type  VARCHAR(20)   NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    content       BYTEA         NOT NULL CHECK (octet_length(content) BETWEEN 1 AND 5242880),
    description   VARCHAR(300),
    added_by      VARCHAR(64)   NOT NULL,
    added_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX case_photograph_by_case ON case_photograph (case_id, added_at DESC, id DESC);
