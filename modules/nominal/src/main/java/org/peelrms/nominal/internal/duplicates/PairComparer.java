package org.peelrms.nominal.internal.duplicates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.peelrms.nominal.internal.matching.NameVariants;
import org.peelrms.nominal.internal.matching.Names;
import org.peelrms.nominal.internal.matching.Phonetics;
import org.peelrms.nominal.internal.matching.Spelling;

/**
 * Puts each field of two records at its comparison level, with the name search's own tests of agreement
 * (folding, transliteration, name-variant groups, Double Metaphone and NYSIIS, spelling slips), and says
 * why in a reviewer's words: "surname same by sound: KHAN / KHAAN; forename forms of one name: Bill /
 * William; born the same day".
 */
final class PairComparer {
    private final NameVariants variants;

    PairComparer(NameVariants variants) {
        this.variants = variants;
    }

    /** The two names compared: surname, forename (first forenames), with the date and sex of their persons. */
    Comparison compare(FoldedName a, FoldedName b, LocalDate bornA, LocalDate bornB, String sexA, String sexB,
            boolean swapped) {
        List<FieldLevel> levels = new ArrayList<>(4);
        List<String> reasons = new ArrayList<>(5);
        if (swapped) {
            reasons.add("surname and forename the other way round");
        }
        FieldLevel surname = surname(a, b);
        levels.add(surname);
        reasons.add("surname " + surname.words() + ": " + a.shownSurname() + " / " + b.shownSurname());
        FieldLevel forename = forename(a, b);
        levels.add(forename);
        reasons.add("forename " + forename.words() + ": " + a.shownForename() + " / " + b.shownForename());
        FieldLevel born = born(bornA, bornB);
        levels.add(born);
        reasons.add(born.words() + (born == FieldLevel.BORN_EXACT || born.missing() ? "" : ": " + bornA + " / " + bornB));
        FieldLevel sex = sexA == null || sexB == null || sexA.isBlank() || sexB.isBlank() ? FieldLevel.SEX_MISSING
                : sexA.equalsIgnoreCase(sexB) ? FieldLevel.SEX_SAME : FieldLevel.SEX_DIFFERENT;
        levels.add(sex);
        if (sex == FieldLevel.SEX_DIFFERENT) {
            reasons.add(sex.words());
        }
        return new Comparison(List.copyOf(levels), List.copyOf(reasons),
                surname == FieldLevel.SURNAME_EXACT ? a.surname() : null,
                forename == FieldLevel.FORENAME_EXACT ? a.firstForename() : null);
    }

    FieldLevel surname(FoldedName a, FoldedName b) {
        String x = a.surname();
        String y = b.surname();
        if (x.isEmpty() || y.isEmpty()) {
            return FieldLevel.SURNAME_MISSING;
        }
        if (x.equals(y)) {
            return FieldLevel.SURNAME_EXACT;
        }
        if (writtenOtherwise(x, y)) {
            return FieldLevel.SURNAME_WRITTEN_OTHERWISE;
        }
        if (Phonetics.soundAlike(x, y)) {
            return FieldLevel.SURNAME_SOUND;
        }
        if (near(x, y)) {
            return FieldLevel.SURNAME_NEAR;
        }
        if (a.surnameWords().size() > 1 || b.surnameWords().size() > 1) {
            for (String part : a.surnameWords()) {
                if (part.length() > 1 && b.surnameWords().contains(part)) {
                    return FieldLevel.SURNAME_PART;
                }
            }
        }
        return FieldLevel.SURNAME_DIFFERENT;
    }

    FieldLevel forename(FoldedName a, FoldedName b) {
        String x = a.firstForename();
        String y = b.firstForename();
        if (x.isEmpty() || y.isEmpty()) {
            return FieldLevel.FORENAME_MISSING;
        }
        if (x.equals(y)) {
            return FieldLevel.FORENAME_EXACT;
        }
        if (writtenOtherwise(x, y) || String.join("", a.forenames()).equals(String.join("", b.forenames()))) {
            return FieldLevel.FORENAME_FORM;
        }
        if (x.length() > 1 && y.length() > 1 && Phonetics.soundAlike(x, y)) {
            return FieldLevel.FORENAME_SOUND;
        }
        if (near(x, y) || variants.formOneSlipFrom(x, y).isPresent() || variants.formOneSlipFrom(y, x).isPresent()) {
            return FieldLevel.FORENAME_NEAR;
        }
        if ((x.length() == 1 || y.length() == 1) && x.charAt(0) == y.charAt(0)
                || b.forenames().contains(x) || a.forenames().contains(y)) {
            return FieldLevel.FORENAME_INITIAL;
        }
        return FieldLevel.FORENAME_DIFFERENT;
    }

    /** Accents, umlauts written out, transliteration, a name-variant group, or the same consonants. */
    private boolean writtenOtherwise(String x, String y) {
        return Names.transcribed(x).equals(Names.transcribed(y)) || variants.sharedGroup(x, y).isPresent()
                || (Names.consonantsOnly(x) || Names.consonantsOnly(y)) && Names.consonants(x).length() >= 3
                        && Names.consonants(x).equals(Names.consonants(y));
    }

    private static boolean near(String x, String y) {
        int slips = Spelling.distanceUpTo(x, y, 2);
        return slips <= Spelling.allowedSlips(x.length() >= y.length() ? x : y);
    }

    static FieldLevel born(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return FieldLevel.BORN_MISSING;
        }
        if (a.equals(b)) {
            return FieldLevel.BORN_EXACT;
        }
        boolean swapped = a.getYear() == b.getYear() && a.getDayOfMonth() == b.getMonthValue()
                && a.getMonthValue() == b.getDayOfMonth();
        boolean yearOut = a.getMonthValue() == b.getMonthValue() && a.getDayOfMonth() == b.getDayOfMonth()
                && Math.abs(a.getYear() - b.getYear()) == 1;
        if (swapped || yearOut || Spelling.distance(a.toString(), b.toString()) == 1) {
            return FieldLevel.BORN_ONE_SLIP;
        }
        return a.getYear() == b.getYear() ? FieldLevel.BORN_SAME_YEAR : FieldLevel.BORN_DIFFERENT;
    }
}
