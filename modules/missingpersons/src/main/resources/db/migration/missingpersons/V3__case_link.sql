-- People and places linked to a missing person case: a person on the people index (by id, with the
-- name as it was when linked) or a place, each with how it is linked ("mother", "works there").
CREATE TABLE case_link (
    id            BIGINT        PRIMARY KEY,
    case_id       BIGINT        NOT NULL REFERENCES missing_case (id),
    person_id     BIGINT,
    person_name   VARCHAR(300),
    place         VARCHAR(300),
    relationship  VARCHAR(200)  NOT NULL,
    added_by      VARCHAR(64)   NOT NULL,
    added_at      TIMESTAMPTZ   NOT NULL,
    CHECK ((person_id IS NULL) <> (place IS NULL)),
    CHECK ((person_id IS NULL) = (person_name IS NULL))
);
CREATE INDEX case_link_by_case ON case_link (case_id, id);
CREATE INDEX case_link_by_person ON case_link (person_id) WHERE person_id IS NOT NULL;
