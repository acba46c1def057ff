-- Crime recording: reports on the 24-hour clock, crime records and everything decided about them.
-- People are referred to by their id on the people index (schema nominal), with no foreign key
-- across schemas, and by their name as it stood when they were linked.
CREATE SEQUENCE report_seq INCREMENT BY 50;
CREATE SEQUENCE crime_seq INCREMENT BY 50;
CREATE SEQUENCE crime_detail_seq INCREMENT BY 50;

-- Home Office offence classifications; administrators maintain them (V2 seeds the starter set).
CREATE TABLE offence_classification (
    code      VARCHAR(10)  PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    category  VARCHAR(100) NOT NULL,
    in_use    BOOLEAN      NOT NULL DEFAULT TRUE
);

-- A report (incident). It leaves OPEN only by a decision: recorded as crime, or closed as a
-- non-crime incident with a written rationale; who decided and when is kept.
CREATE TABLE report (
    id                   BIGINT        PRIMARY KEY,
    reporter_person_id   BIGINT,                    -- null: anonymous
    reporter_name        VARCHAR(300),
    method               VARCHAR(30)   NOT NULL CHECK (method IN ('EMERGENCY_CALL', 'NON_EMERGENCY_CALL', 'IN_PERSON',
                                                                  'TO_AN_OFFICER', 'ONLINE', 'THIRD_PARTY')),
    reported_at          TIMESTAMPTZ   NOT NULL,    -- the 24-hour clock runs from here
    received_at          TIMESTAMPTZ   NOT NULL,
    received_by          VARCHAR(64)   NOT NULL,
    what_happened        VARCHAR(4000) NOT NULL,
    location             VARCHAR(300)  NOT NULL,
    looks_like_crime     BOOLEAN       NOT NULL,
    domestic_abuse       BOOLEAN       NOT NULL,
    status               VARCHAR(20)   NOT NULL CHECK (status IN ('OPEN', 'RECORDED', 'CLOSED_NON_CRIME')),
    decided_at           TIMESTAMPTZ,
    decided_by           VARCHAR(64),
    non_crime_rationale  VARCHAR(4000),
    version              INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT report_decision_recorded CHECK ((status = 'OPEN') = (decided_at IS NULL) AND (decided_at IS NULL) = (decided_by IS NULL)),
    CONSTRAINT report_non_crime_has_rationale CHECK (status <> 'CLOSED_NON_CRIME' OR length(trim(non_crime_rationale)) > 0)
);
CREATE INDEX report_by_time ON report (reported_at);
CREATE INDEX report_open ON report (reported_at) WHERE status = 'OPEN';

CREATE TABLE crime_record (
    id                    BIGINT        PRIMARY KEY,
    crime_number          VARCHAR(40)   NOT NULL UNIQUE,
    report_id             BIGINT        NOT NULL REFERENCES report (id),
    classification_code   VARCHAR(10)   NOT NULL REFERENCES offence_classification (code),
    occurred_from         TIMESTAMPTZ   NOT NULL,
    occurred_to           TIMESTAMPTZ,
    location              VARCHAR(300)  NOT NULL,
    modus_operandi        VARCHAR(4000),
    officer_in_charge     VARCHAR(64)   NOT NULL,
    recorded_at           TIMESTAMPTZ   NOT NULL,
    recorded_by           VARCHAR(64)   NOT NULL,
    domestic_abuse        BOOLEAN       NOT NULL,
    status                VARCHAR(20)   NOT NULL CHECK (status IN ('UNDER_INVESTIGATION', 'FINALISED', 'CANCELLED', 'TRANSFERRED')),
    next_review           DATE,
    review_set_by         VARCHAR(64),
    outcome               SMALLINT      CHECK (outcome BETWEEN 1 AND 22),
    outcome_rationale     VARCHAR(4000),
    finalised_at          TIMESTAMPTZ,
    finalised_by          VARCHAR(64),
    victim_decision_how   VARCHAR(300),
    victim_decision_at    TIMESTAMPTZ,
    victim_decision_by    VARCHAR(100),
    victim_words          VARCHAR(4000),
    version               INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT crime_finalised_with_outcome CHECK ((status = 'FINALISED') = (outcome IS NOT NULL)),
    CONSTRAINT crime_victim_decision_recorded CHECK (outcome IS NULL OR outcome NOT IN (14, 16)
        OR (victim_decision_how IS NOT NULL AND victim_decision_at IS NOT NULL AND victim_decision_by IS NOT NULL))
);
CREATE INDEX crime_by_report ON crime_record (report_id);
CREATE INDEX crime_by_review ON crime_record (next_review) WHERE status = 'UNDER_INVESTIGATION';

-- The crime reference numbers given so far, one counter a year.
CREATE TABLE crime_number_counter (
    year        INTEGER PRIMARY KEY,
    last_value  BIGINT  NOT NULL
);

CREATE TABLE crime_person (
    id           BIGINT       PRIMARY KEY,
    crime_id     BIGINT       NOT NULL REFERENCES crime_record (id),
    person_id    BIGINT       NOT NULL,             -- nominal.person.id
    person_name  VARCHAR(300) NOT NULL,             -- as it stood when linked
    role         VARCHAR(20)  NOT NULL CHECK (role IN ('VICTIM', 'SUSPECT', 'OFFENDER', 'WITNESS', 'REPORTER')),
    linked_by    VARCHAR(64)  NOT NULL,
    linked_at    TIMESTAMPTZ  NOT NULL,
    UNIQUE (crime_id, person_id, role)
);
-- One crime per victim: a crime has at most one victim.
CREATE UNIQUE INDEX crime_person_one_victim ON crime_person (crime_id) WHERE role = 'VICTIM';
CREATE INDEX crime_person_by_person ON crime_person (person_id);

CREATE TABLE plan_action (
    id           BIGINT        PRIMARY KEY,
    crime_id     BIGINT        NOT NULL REFERENCES crime_record (id),
    action       VARCHAR(1000) NOT NULL,
    assigned_to  VARCHAR(64),
    due          DATE,
    added_by     VARCHAR(64)   NOT NULL,
    added_at     TIMESTAMPTZ   NOT NULL,
    done_by      VARCHAR(64),
    done_at      TIMESTAMPTZ
);
CREATE INDEX plan_action_by_crime ON plan_action (crime_id);

-- Cancellations and transfers: requested with a permitted reason and its evidence, decided by a
-- supervisor other than the one who asked. The crime record itself is kept and marked.
CREATE TABLE cancellation (
    id              BIGINT        PRIMARY KEY,
    crime_id        BIGINT        NOT NULL REFERENCES crime_record (id),
    reason          VARCHAR(30)   NOT NULL CHECK (reason IN ('TRANSFERRED', 'NO_CRIME', 'DUPLICATE', 'RECORDED_IN_ERROR')),
    evidence        VARCHAR(4000) NOT NULL,
    transferred_to  VARCHAR(200),
    requested_by    VARCHAR(64)   NOT NULL,
    requested_at    TIMESTAMPTZ   NOT NULL,
    status          VARCHAR(20)   NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'REFUSED')),
    decided_by      VARCHAR(64),
    decided_at      TIMESTAMPTZ,
    decision_note   VARCHAR(2000),
    CONSTRAINT cancellation_decided CHECK ((status = 'REQUESTED') = (decided_by IS NULL)),
    CONSTRAINT cancellation_transfer_names_force CHECK (reason <> 'TRANSFERRED' OR transferred_to IS NOT NULL)
);
CREATE INDEX cancellation_by_crime ON cancellation (crime_id);

-- Domestic abuse: risk assessments (the level and the answers that led to it) and MARAC referrals.
CREATE TABLE risk_assessment (
    id           BIGINT       PRIMARY KEY,
    report_id    BIGINT       NOT NULL REFERENCES report (id),
    level        VARCHAR(10)  NOT NULL CHECK (level IN ('STANDARD', 'MEDIUM', 'HIGH')),
    assessed_by  VARCHAR(64)  NOT NULL,
    assessed_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX risk_assessment_by_report ON risk_assessment (report_id);

CREATE TABLE risk_answer (
    assessment_id  BIGINT        NOT NULL REFERENCES risk_assessment (id),
    position       INTEGER       NOT NULL,
    question       VARCHAR(300)  NOT NULL,
    answer         VARCHAR(1000) NOT NULL,
    PRIMARY KEY (assessment_id, position)
);

CREATE TABLE marac_referral (
    id               BIGINT        PRIMARY KEY,
    report_id        BIGINT        NOT NULL REFERENCES report (id),
    referred_by      VARCHAR(64)   NOT NULL,
    referred_at      TIMESTAMPTZ   NOT NULL,
    conference_date  DATE,
    note             VARCHAR(2000)
);
CREATE INDEX marac_referral_by_report ON marac_referral (report_id);

-- What was done to a crime, by whom and when, for its page (the audit log holds the same and more).
CREATE TABLE crime_history (
    id        BIGINT        PRIMARY KEY,
    crime_id  BIGINT        NOT NULL REFERENCES crime_record (id),
    at        TIMESTAMPTZ   NOT NULL,
    by_user   VARCHAR(64)   NOT NULL,
    what      VARCHAR(2000) NOT NULL
);
CREATE INDEX crime_history_by_crime ON crime_history (crime_id);
