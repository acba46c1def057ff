package org.peelrms.nominal.internal.duplicates;

import java.util.List;
import org.peelrms.nominal.internal.matching.Names;
import org.peelrms.nominal.internal.matching.RecordedName;

/**
 * One name folded once for comparing (as the name search folds it: accents and other scripts to plain
 * Latin letters), so that a person compared with many others is folded only once.
 *
 * @param surname   the surname's words run together ("Davies-Foster" → daviesfoster)
 * @param surnameWords  its words
 * @param forenames the forenames' words
 */
record FoldedName(RecordedName name, String surname, List<String> surnameWords, List<String> forenames) {

    static FoldedName of(RecordedName name) {
        return new FoldedName(name, Names.joined(name.surname()), Names.words(name.surname()), Names.words(name.forenames()));
    }

    String firstForename() {
        return forenames.isEmpty() ? "" : forenames.get(0);
    }

    /** The same name with surname and forenames the other way round (Wei Wang for Wang Wei). */
    FoldedName swapped() {
        return new FoldedName(new RecordedName(name.label(), name.surname(), name.forenames(), name.dateOfBirth()),
                String.join("", forenames), forenames, surnameWords);
    }

    String shownSurname() {
        return name.surname() == null ? "" : name.surname().strip().toUpperCase();
    }

    String shownForename() {
        List<String> words = name.forenames() == null ? List.of() : List.of(name.forenames().strip().split("\\s+"));
        return words.isEmpty() ? "" : words.get(0);
    }
}
