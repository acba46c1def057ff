package org.peelrms.nominal.internal.duplicates;

import java.util.List;
import org.peelrms.nominal.internal.matching.NameVariants;
import org.peelrms.nominal.internal.matching.Names;
import org.peelrms.nominal.internal.matching.RecordedName;

/**
 * One name folded once for comparing (as the name search folds it: accents and other scripts to plain
 * Latin letters), so that a person compared with many others is folded only once.
 *
 * @param surname      the surname's words run together ("Davies-Foster" → daviesfoster), worked out
 * @param surnameWords its words
 * @param forename     the first forename, worked out
 * @param forenames    the forenames' words
 */
record FoldedName(RecordedName name, NameWord surname, List<String> surnameWords, NameWord forename, List<String> forenames) {

    static FoldedName of(RecordedName name, NameVariants variants) {
        return of(name, new NameWords(variants));
    }

    /** The name folded, its words shared with every other name that has them. */
    static FoldedName of(RecordedName name, NameWords words) {
        List<String> forenames = words.shared(Names.words(name.forenames()));
        return new FoldedName(name, words.of(Names.joined(name.surname())), words.shared(Names.words(name.surname())),
                words.of(forenames.isEmpty() ? "" : forenames.get(0)), forenames);
    }

    String firstForename() {
        return forename.text();
    }

    FoldedName swapped(NameVariants variants) {
        return swapped(new NameWords(variants));
    }

    /**
     * The same name with surname and forenames the other way round (Wei Wang for Wang Wei): the first
     * forename stands for the surname (Rowe Clive for Clive Daniel Rowe), the surname for the forenames.
     */
    FoldedName swapped(NameWords words) {
        List<String> surnameAsForenames = surnameWords.isEmpty() ? List.of() : words.shared(List.of(String.join("", surnameWords)));
        return new FoldedName(new RecordedName(name.label(), name.surname(), name.forenames(), name.dateOfBirth()),
                forename, forenames.isEmpty() ? List.of() : words.shared(List.of(forenames.get(0))),
                surnameAsForenames.isEmpty() ? NameWord.NONE : words.of(surnameAsForenames.get(0)), surnameAsForenames);
    }

    String shownSurname() {
        return name.surname() == null ? "" : name.surname().strip().toUpperCase();
    }

    String shownForename() {
        List<String> words = name.forenames() == null || name.forenames().isBlank() ? List.of()
                : List.of(name.forenames().strip().split("\\s+"));
        return words.isEmpty() ? "" : words.get(0);
    }

    /** The forenames after the first (middle names). */
    List<String> middleNames() {
        return forenames.size() <= 1 ? List.of() : forenames.subList(1, forenames.size());
    }
}
