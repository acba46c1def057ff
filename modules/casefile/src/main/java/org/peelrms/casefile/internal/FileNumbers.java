package org.peelrms.casefile.internal;

import jakarta.persistence.EntityManager;

/** File references CF/yyyy/nnnnnn, numbered per year from a counter row in the caller's transaction. */
final class FileNumbers {
    private FileNumbers() {
    }

    static String next(EntityManager entityManager, int year) {
        Object last = entityManager.createNativeQuery("INSERT INTO casefile.file_number_counter AS c (year, last_used)"
                        + " VALUES (?1, 1) ON CONFLICT (year) DO UPDATE SET last_used = c.last_used + 1 RETURNING last_used")
                .setParameter(1, year).getSingleResult();
        return String.format("CF/%d/%06d", year, ((Number) last).longValue());
    }
}
