package org.peelrms.nominal.api;

import java.time.LocalDate;

/** A name a person is also known by, with its own date of birth where one was given with it. */
public record OtherName(NameType type, String forenames, String surname, LocalDate dateOfBirth) {

    /** "Forenames SURNAME", the way names are written on police records. */
    public String display() {
        return PersonNames.display(forenames, surname);
    }
}
