package org.peelrms.custody.internal;

import jakarta.persistence.EntityManager;

/**
 * Hands out custody record numbers, CU/2026/000123: per year of booking in (UK time), each exactly
 * once, by one atomic statement on the year's counter in the caller's transaction (as crime numbers are).
 */
final class CustodyNumbers {
    private CustodyNumbers() {
    }

    static String next(EntityManager entityManager, int year) {
        Object last = entityManager.createNativeQuery("INSERT INTO custody.custody_number_counter AS c (year, last_value)"
                        + " VALUES (?1, 1) ON CONFLICT (year) DO UPDATE SET last_value = c.last_value + 1"
                        + " RETURNING last_value")
                .setParameter(1, year).getSingleResult();
        return String.format("CU/%d/%06d", year, ((Number) last).longValue());
    }
}
