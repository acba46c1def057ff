-- The rows of this module that named a person merged into another (issue 18, ADR 0046), kept under the merge's id
-- so that undoing the merge puts back exactly these: a moved row (set_aside_row NULL) named from_person_id and now
-- names to_person_id (the survivor); a set-aside row (the survivor already had the same link) was deleted and is
-- kept here whole, to be inserted again as it was. Written by MergedLinks (kernel) in the merge's transaction.
CREATE TABLE merge_link (
    id              BIGSERIAL    PRIMARY KEY,
    merge_id        BIGINT       NOT NULL,          -- nominal.person_merge.id
    link_table      VARCHAR(40)  NOT NULL,
    link_column     VARCHAR(40)  NOT NULL,
    record_id       BIGINT       NOT NULL,          -- the record the row belongs to, for its audit entry
    row_id          BIGINT       NOT NULL,
    from_person_id  BIGINT       NOT NULL,          -- the merged-away person
    to_person_id    BIGINT       NOT NULL,          -- the survivor
    set_aside_row   JSONB,
    moved_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    undone_at       TIMESTAMPTZ
);
CREATE INDEX merge_link_by_merge ON merge_link (merge_id, link_table, link_column);

