package org.peelrms.nominal.internal.duplicates;

import java.util.ArrayList;
import java.util.List;
import org.peelrms.nominal.internal.matching.NameVariants;

/** A person with their names worked out once, the current name first, and each name the other way round too. */
record PreparedPerson(PersonOnFile person, List<FoldedName> names, List<FoldedName> swappedNames) {

    static PreparedPerson of(PersonOnFile person, NameVariants variants) {
        List<FoldedName> names = new ArrayList<>();
        List<FoldedName> swapped = new ArrayList<>();
        for (var name : person.names()) {
            FoldedName folded = FoldedName.of(name, variants);
            names.add(folded);
            swapped.add(folded.swapped(variants));
        }
        return new PreparedPerson(person, List.copyOf(names), List.copyOf(swapped));
    }

    FoldedName current() {
        return names.get(0);
    }
}
