-- The people index: persons and the other names they are known by.
CREATE SEQUENCE person_seq INCREMENT BY 50;
CREATE SEQUENCE person_name_seq INCREMENT BY 50;

CREATE TABLE person (
    id             BIGINT        PRIMARY KEY,
    reference      VARCHAR(64)   UNIQUE,           -- external reference given at import (legacy id)
    surname        VARCHAR(100)  NOT NULL,
    forenames      VARCHAR(200),
    date_of_birth  DATE,
    sex            VARCHAR(10)   NOT NULL CHECK (sex IN ('MALE', 'FEMALE', 'UNKNOWN')),
    created_at     TIMESTAMPTZ   NOT NULL,
    created_by     VARCHAR(64)   NOT NULL,
    version        INTEGER       NOT NULL DEFAULT 0
);

CREATE TABLE person_name (
    id             BIGINT        PRIMARY KEY,
    person_id      BIGINT        NOT NULL REFERENCES person (id),
    name_type      VARCHAR(20)   NOT NULL CHECK (name_type IN ('ALIAS', 'PREVIOUS', 'NICKNAME', 'MISSPELLING')),
    surname        VARCHAR(100)  NOT NULL,
    forenames      VARCHAR(200),
    date_of_birth  DATE
);

CREATE INDEX person_name_by_person ON person_name (person_id);
