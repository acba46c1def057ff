package org.peelrms.nominal.api;

import java.time.LocalDate;

/**
 * A search for a person by name. Only the surname is required; everything else narrows and ranks.
 *
 * @param surname     the surname given (or the name believed to be the surname)
 * @param forenames   forenames, a nickname or an initial; may be empty
 * @param dateOfBirth the date of birth given, if any
 * @param yearOfBirth the year of birth, when no full date was given
 * @param sex         the sex, if known: a person of the other sex ranks lower, never vanishes
 * @param limit       at most this many results (1 to 100)
 */
public record NameSearch(String surname, String forenames, LocalDate dateOfBirth, Integer yearOfBirth, Sex sex,
        int limit) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    /** The criteria as the audit log records them. */
    public String describe() {
        StringBuilder text = new StringBuilder("surname=").append(surname);
        if (forenames != null && !forenames.isBlank()) {
            text.append("; forenames=").append(forenames);
        }
        if (dateOfBirth != null) {
            text.append("; dob=").append(dateOfBirth);
        }
        if (yearOfBirth != null) {
            text.append("; year of birth=").append(yearOfBirth);
        }
        if (sex != null) {
            text.append("; sex=").append(sex.code());
        }
        return text.toString();
    }
}
