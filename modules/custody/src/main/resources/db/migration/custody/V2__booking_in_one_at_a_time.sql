-- One booking in of a person at a time (issue 16). The check "not already in custody" reads the open records;
-- two custody officers booking the same person in at the same moment could both pass it. Booking in first
-- takes this person's row here (an upsert, which holds the row's lock to the end of the transaction), so the
-- second waits, then sees the first's detention and is refused. Not part of the record: no trigger.
CREATE TABLE booking_in_turn (
    person_id       BIGINT       PRIMARY KEY,   -- nominal.person.id
    last_booked_at  TIMESTAMPTZ  NOT NULL
);
