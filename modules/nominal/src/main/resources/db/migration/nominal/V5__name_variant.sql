-- Name-variant groups an administrator adds to the table that ships with Peel
-- (Bill, Billy, Will → William), one group a row, names separated by commas, the usual form first.
CREATE SEQUENCE name_variant_seq;
CREATE TABLE name_variant (
    id        BIGINT         PRIMARY KEY,
    names     VARCHAR(1000)  NOT NULL,
    added_by  VARCHAR(64)    NOT NULL,
    added_at  TIMESTAMPTZ    NOT NULL
);
