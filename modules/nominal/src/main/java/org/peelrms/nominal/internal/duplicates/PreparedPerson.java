package org.peelrms.nominal.internal.duplicates;

import java.util.ArrayList;
import java.util.List;

/** A person with their names worked out once, the current name first, and each name the other way round too. */
record PreparedPerson(PersonOnFile person, List<FoldedName> names, List<FoldedName> swappedNames) {

    static PreparedPerson of(PersonOnFile person, NameWords words) {
        List<FoldedName> names = new ArrayList<>(person.names().size());
        List<FoldedName> swapped = new ArrayList<>(person.names().size());
        for (var name : person.names()) {
            FoldedName folded = FoldedName.of(name, words);
            names.add(folded);
            swapped.add(folded.swapped(words));
        }
        return new PreparedPerson(person, List.copyOf(names), List.copyOf(swapped));
    }

    FoldedName current() {
        return names.get(0);
    }
}
