package org.peelrms.custody.internal;

import jakarta.persistence.EntityManager;

/**
 * Bookings in of the same person take turns: the first holds the person's row of {@code booking_in_turn}
 * (custody V2) to the end of its transaction, so a second booking in at the same moment waits for it and
 * then finds the person already in custody. Bookings in of different people do not wait for each other.
 */
final class BookingInTurn {
    private BookingInTurn() {
    }

    /** Waits until no other transaction is booking this person in, and holds the turn until this one ends. */
    static void take(EntityManager entityManager, long personId) {
        entityManager.createNativeQuery("INSERT INTO custody.booking_in_turn AS t (person_id, last_booked_at)"
                        + " VALUES (?1, now()) ON CONFLICT (person_id) DO UPDATE SET last_booked_at = now()"
                        + " RETURNING t.person_id")
                .setParameter(1, personId).getSingleResult();
    }
}
