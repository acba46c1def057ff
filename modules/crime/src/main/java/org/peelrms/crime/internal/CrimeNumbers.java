package org.peelrms.crime.internal;

import jakarta.persistence.EntityManager;

/**
 * Hands out crime reference numbers: per year of recording (UK time), in the configured force format,
 * each exactly once even when officers record at the same moment (one atomic statement on the
 * year's counter, in the caller's transaction).
 */
final class CrimeNumbers {
    private final EntityManager entityManager;
    private final CrimeNumberFormat format;

    CrimeNumbers(EntityManager entityManager, CrimeNumberFormat format) {
        this.entityManager = entityManager;
        this.format = format;
    }

    /** The next number of the year. */
    String next(int year) {
        return format.format(year, reserve(year, 1));
    }

    /** Reserves {@code count} numbers of the year and returns the last; the first is last - count + 1. */
    long reserve(int year, int count) {
        Object last = entityManager.createNativeQuery("INSERT INTO crime.crime_number_counter AS c (year, last_value)"
                        + " VALUES (?1, ?2) ON CONFLICT (year) DO UPDATE SET last_value = c.last_value + ?2"
                        + " RETURNING last_value")
                .setParameter(1, year).setParameter(2, (long) count).getSingleResult();
        return ((Number) last).longValue();
    }

    CrimeNumberFormat format() {
        return format;
    }
}
