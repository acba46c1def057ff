package org.peelrms.nominal.internal.matching;

import java.time.LocalDate;

/** What the officer was told: a surname, perhaps forenames, perhaps a date of birth. */
public record NameQuery(String surname, String forenames, LocalDate dateOfBirth) {

    public boolean hasForenames() {
        return forenames != null && !Names.fold(forenames).isEmpty();
    }

    /** The same query with surname and forenames the other way round. */
    NameQuery swapped() {
        return new NameQuery(forenames, surname, dateOfBirth);
    }
}
