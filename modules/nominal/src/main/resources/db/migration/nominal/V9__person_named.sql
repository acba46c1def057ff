-- The records of other modules that name a person (a missing person case and its reporter), as those modules
-- published it after their commit (PersonNamed events, ADR 0042): the people index's own read model, so that a
-- search hit shows a person's missing episodes without asking the missing persons module. One row a fact; a fact
-- published twice (at start-up every fact is published again) is taken once.
CREATE TABLE person_named (
    record_type  VARCHAR(40)  NOT NULL,
    record_id    BIGINT       NOT NULL,
    person_id    BIGINT       NOT NULL,
    named_as     VARCHAR(40)  NOT NULL,
    named_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (record_type, record_id, person_id, named_as)
);
CREATE INDEX person_named_person ON person_named (person_id, named_as);
