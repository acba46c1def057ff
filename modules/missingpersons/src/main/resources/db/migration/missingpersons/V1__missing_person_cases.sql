-- Missing persons: cases, risk gradings (the risk history and the reviews), the enquiry log, sightings,
-- and the review interval for each risk level. The missing person and the reporter are referred to by
-- their id on the people index (schema nominal), with no foreign key across schemas, and by their
-- name as it stood when the report was taken.
CREATE SEQUENCE case_seq INCREMENT BY 50;
CREATE SEQUENCE case_detail_seq INCREMENT BY 50;

-- How often a case at each level is reviewed. Administrators change them; these are Peel's defaults,
-- not national figures (the College of Policing sets no fixed intervals): see ADR 0014.
CREATE TABLE review_interval (
    risk_level        VARCHAR(20)  PRIMARY KEY CHECK (risk_level IN ('NO_APPARENT_RISK', 'VERY_LOW', 'LOW', 'MEDIUM', 'HIGH')),
    interval_minutes  INTEGER      NOT NULL CHECK (interval_minutes BETWEEN 15 AND 43200),
    changed_by        VARCHAR(64)  NOT NULL,
    changed_at        TIMESTAMPTZ  NOT NULL
);
INSERT INTO review_interval (risk_level, interval_minutes, changed_by, changed_at) VALUES
    ('HIGH',              120, 'peel-system', now()),   -- every 2 hours
    ('MEDIUM',            480, 'peel-system', now()),   -- every 8 hours
    ('LOW',              1440, 'peel-system', now()),   -- every 24 hours
    ('VERY_LOW',         4320, 'peel-system', now()),   -- every 3 days
    ('NO_APPARENT_RISK', 4320, 'peel-system', now());   -- older records only: every 3 days

CREATE TABLE missing_case (
    id                    BIGINT        PRIMARY KEY,
    person_id             BIGINT        NOT NULL,     -- the missing person on the people index
    person_name           VARCHAR(300)  NOT NULL,
    reporter_person_id    BIGINT,
    reporter_name         VARCHAR(300)  NOT NULL,
    reporter_contact      VARCHAR(300),
    reported_at           TIMESTAMPTZ   NOT NULL,
    received_at           TIMESTAMPTZ   NOT NULL,
    received_by           VARCHAR(64)   NOT NULL,
    last_seen_at          TIMESTAMPTZ   NOT NULL,
    last_seen_place       VARCHAR(300)  NOT NULL,
    circumstances         VARCHAR(4000) NOT NULL,
    description           VARCHAR(4000) NOT NULL,   -- description and clothing when last seen
    vulnerability_note    VARCHAR(2000),
    may_go_to             VARCHAR(4000),            -- places and people they may go to
    child                 BOOLEAN       NOT NULL,
    status                VARCHAR(10)   NOT NULL CHECK (status IN ('MISSING', 'FOUND', 'CLOSED')),
    risk_level            VARCHAR(20)   CHECK (risk_level IN ('NO_APPARENT_RISK', 'VERY_LOW', 'LOW', 'MEDIUM', 'HIGH')),
    risk_confirmed        BOOLEAN       NOT NULL DEFAULT FALSE,
    first_graded_at       TIMESTAMPTZ,
    next_review_due       TIMESTAMPTZ,
    found_at              TIMESTAMPTZ,
    found_place           VARCHAR(300),
    found_how             VARCHAR(2000),
    found_state           VARCHAR(2000),
    found_recorded_by     VARCHAR(64),
    interview_offered_at  TIMESTAMPTZ,
    interview_outcome     VARCHAR(10)   CHECK (interview_outcome IN ('DONE', 'DECLINED')),
    interview_at          TIMESTAMPTZ,
    interview_note        VARCHAR(2000),
    closed_at             TIMESTAMPTZ,
    closed_by             VARCHAR(64),
    closure_note          VARCHAR(4000),
    version               INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT case_graded_has_time CHECK ((risk_level IS NULL) = (first_graded_at IS NULL)),
    CONSTRAINT case_found_recorded CHECK (status = 'MISSING' OR (found_at IS NOT NULL AND found_place IS NOT NULL)),
    CONSTRAINT case_closed_by_supervisor CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL AND closed_by IS NOT NULL)),
    CONSTRAINT case_child_interviewed CHECK (status <> 'CLOSED' OR NOT child OR interview_outcome IS NOT NULL)
);
CREATE INDEX case_by_person ON missing_case (person_id);
CREATE INDEX case_by_time ON missing_case (reported_at);
CREATE INDEX case_open ON missing_case (next_review_due) WHERE status = 'MISSING';

CREATE TABLE case_vulnerability (
    case_id        BIGINT       NOT NULL REFERENCES missing_case (id),
    vulnerability  VARCHAR(30)  NOT NULL CHECK (vulnerability IN ('CHILD', 'LOOKED_AFTER_CHILD', 'DEMENTIA',
                       'MENTAL_HEALTH', 'SUICIDE_RISK', 'RISK_OF_EXPLOITATION', 'MEDICAL_NEEDS', 'ALCOHOL_OR_DRUGS',
                       'LEARNING_DISABILITY', 'OTHER')),
    PRIMARY KEY (case_id, vulnerability)
);

-- Every grading of risk, in order: the first, each review, and each supervisor's confirmation or
-- change. The risk history; a review done after the time it was due is a missed review.
CREATE TABLE risk_grading (
    id          BIGINT        PRIMARY KEY,
    case_id     BIGINT        NOT NULL REFERENCES missing_case (id),
    kind        VARCHAR(30)   NOT NULL CHECK (kind IN ('FIRST', 'REVIEW', 'SUPERVISOR_CONFIRMED', 'SUPERVISOR_CHANGED')),
    risk_level  VARCHAR(20)   NOT NULL CHECK (risk_level IN ('NO_APPARENT_RISK', 'VERY_LOW', 'LOW', 'MEDIUM', 'HIGH')),
    rationale   VARCHAR(4000) NOT NULL CHECK (length(trim(rationale)) > 0),
    graded_by   VARCHAR(64)   NOT NULL,
    graded_at   TIMESTAMPTZ   NOT NULL,
    was_due_at  TIMESTAMPTZ,                       -- the review that was due when this one was done
    next_due    TIMESTAMPTZ                        -- the review it set
);
CREATE INDEX grading_by_case ON risk_grading (case_id, id);

CREATE TABLE enquiry (
    id           BIGINT        PRIMARY KEY,
    case_id      BIGINT        NOT NULL REFERENCES missing_case (id),
    action       VARCHAR(2000) NOT NULL,
    result       VARCHAR(4000),
    recorded_by  VARCHAR(64)   NOT NULL,
    recorded_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX enquiry_by_case ON enquiry (case_id, id);

CREATE TABLE sighting (
    id           BIGINT        PRIMARY KEY,
    case_id      BIGINT        NOT NULL REFERENCES missing_case (id),
    seen_at      TIMESTAMPTZ   NOT NULL,
    place        VARCHAR(300)  NOT NULL,
    seen_by      VARCHAR(300)  NOT NULL,
    reliability  VARCHAR(20)   NOT NULL CHECK (reliability IN ('CONFIRMED', 'PROBABLE', 'POSSIBLE', 'DOUBTFUL')),
    note         VARCHAR(2000),
    recorded_by  VARCHAR(64)   NOT NULL,
    recorded_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX sighting_by_case ON sighting (case_id, id);
