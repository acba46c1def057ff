package org.peelrms.nominal.internal.matching;

import java.time.LocalDate;

/**
 * What the officer was told: a surname, perhaps forenames, perhaps a date of birth or only a year
 * of birth ("john smyth 1985").
 */
public record NameQuery(String surname, String forenames, LocalDate dateOfBirth, Integer yearOfBirth) {

    public NameQuery(String surname, String forenames, LocalDate dateOfBirth) {
        this(surname, forenames, dateOfBirth, null);
    }

    public boolean hasForenames() {
        return forenames != null && !Names.fold(forenames).isEmpty();
    }

    /** Whether a date or a year of birth was given. */
    public boolean dated() {
        return dateOfBirth != null || yearOfBirth != null;
    }

    /** The same query with surname and forenames the other way round. */
    public NameQuery swapped() {
        return new NameQuery(forenames, surname, dateOfBirth, yearOfBirth);
    }
}
