package org.peelrms.nominal.internal.duplicates;

import java.util.List;

/** A person with their names folded once, the current name first. */
record PreparedPerson(PersonOnFile person, List<FoldedName> names) {

    static PreparedPerson of(PersonOnFile person) {
        return new PreparedPerson(person, person.names().stream().map(FoldedName::of).toList());
    }

    FoldedName current() {
        return names.get(0);
    }
}
