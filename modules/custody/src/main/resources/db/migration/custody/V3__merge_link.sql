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

-- A custody record is append-only (V1), with one exception: the person it names follows a merge, and goes back
-- when the merge is undone. Only person_id may change, and only as a row of merge_link, written first, says.
CREATE FUNCTION allow_person_to_follow_merge() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (to_jsonb(OLD) - 'person_id') = (to_jsonb(NEW) - 'person_id') AND EXISTS (
        SELECT 1 FROM merge_link m WHERE m.link_table = 'custody_record' AND m.row_id = OLD.id AND m.undone_at IS NULL
            AND ((m.from_person_id = OLD.person_id AND m.to_person_id = NEW.person_id)
              OR (m.to_person_id = OLD.person_id AND m.from_person_id = NEW.person_id))) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the custody record is append-only: % on % is not allowed; add a correcting entry instead',
        TG_OP, TG_TABLE_NAME;
END;
$$;

DROP TRIGGER custody_record_append_only ON custody_record;
CREATE TRIGGER custody_record_append_only BEFORE UPDATE OR DELETE ON custody_record
    FOR EACH ROW EXECUTE FUNCTION allow_person_to_follow_merge();
