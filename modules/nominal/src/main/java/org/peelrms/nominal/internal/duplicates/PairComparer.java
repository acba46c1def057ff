package org.peelrms.nominal.internal.duplicates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.peelrms.kernel.UkDateFormat;
import org.peelrms.nominal.internal.matching.NameVariants;
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

    /** The two names compared, with the date of birth and sex of their persons. */
    Comparison compare(FoldedName a, FoldedName b, LocalDate bornA, LocalDate bornB, String sexA, String sexB,
            boolean swapped) {
        List<FieldLevel> levels = new ArrayList<>(5);
        List<String> reasons = new ArrayList<>(6);
        if (swapped) {
            reasons.add("surname and forename the other way round");
        }
        FieldLevel surname = surname(a, b, swapped);
        levels.add(surname);
        reasons.add("surname " + surname.words() + ": " + a.shownSurname() + " / " + b.shownSurname());
        FieldLevel forename = forename(a, b);
        levels.add(forename);
        reasons.add("forename " + forename.words() + ": " + a.shownForename() + " / " + b.shownForename());
        FieldLevel middle = middle(a, b);
        levels.add(middle);
        if (middle != FieldLevel.MIDDLE_MISSING) {
            reasons.add(middle.words());
        }
        FieldLevel born = born(bornA, bornB);
        levels.add(born);
        reasons.add(born.words() + (born == FieldLevel.BORN_EXACT || born.missing() ? "" : ": " + UkDateFormat.day(bornA) + " / " + UkDateFormat.day(bornB)));
        FieldLevel sex = sexA == null || sexB == null || sexA.isBlank() || sexB.isBlank() ? FieldLevel.SEX_MISSING
                : sexA.equalsIgnoreCase(sexB) ? FieldLevel.SEX_SAME : FieldLevel.SEX_DIFFERENT;
        levels.add(sex);
        if (sex == FieldLevel.SEX_DIFFERENT) {
            reasons.add(sex.words());
        }
        return new Comparison(List.copyOf(levels), List.copyOf(reasons),
                surname == FieldLevel.SURNAME_EXACT ? a.surname().text() : null,
                forename == FieldLevel.FORENAME_EXACT ? a.firstForename() : null, swapped, swapped ? 1 : 0);
    }

    /** With the names swapped, the forenames stand for a surname: no double-barrelled parts then. */
    FieldLevel surname(FoldedName a, FoldedName b, boolean swapped) {
        NameWord x = a.surname();
        NameWord y = b.surname();
        if (x.isEmpty() || y.isEmpty()) {
            return FieldLevel.SURNAME_MISSING;
        }
        if (x.text().equals(y.text())) {
            return FieldLevel.SURNAME_EXACT;
        }
        if (x.writtenOtherwise(y)) {
            return FieldLevel.SURNAME_WRITTEN_OTHERWISE;
        }
        if (x.soundsLike(y)) {
            return FieldLevel.SURNAME_SOUND;
        }
        if (near(x.text(), y.text())) {
            return FieldLevel.SURNAME_NEAR;
        }
        if (!swapped && (a.surnameWords().size() > 1 || b.surnameWords().size() > 1)) {
            for (String part : a.surnameWords()) {
                if (part.length() > 1 && b.surnameWords().contains(part)) {
                    return FieldLevel.SURNAME_PART;
                }
            }
        }
        return FieldLevel.SURNAME_DIFFERENT;
    }

    FieldLevel forename(FoldedName a, FoldedName b) {
        NameWord x = a.forename();
        NameWord y = b.forename();
        if (x.isEmpty() || y.isEmpty()) {
            return FieldLevel.FORENAME_MISSING;
        }
        if (x.text().equals(y.text())) {
            return FieldLevel.FORENAME_EXACT;
        }
        if (x.writtenOtherwise(y) || String.join("", a.forenames()).equals(String.join("", b.forenames()))) {
            return FieldLevel.FORENAME_FORM;
        }
        if (x.text().length() > 1 && y.text().length() > 1 && x.soundsLike(y)) {
            return FieldLevel.FORENAME_SOUND;
        }
        if (near(x.text(), y.text()) || variants.formOneSlipFrom(x.text(), y.text()).isPresent()
                || variants.formOneSlipFrom(y.text(), x.text()).isPresent()) {
            return FieldLevel.FORENAME_NEAR;
        }
        if ((x.text().length() == 1 || y.text().length() == 1) && x.text().charAt(0) == y.text().charAt(0)
                || b.forenames().contains(x.text()) || a.forenames().contains(y.text())) {
            return FieldLevel.FORENAME_INITIAL;
        }
        return FieldLevel.FORENAME_DIFFERENT;
    }

    /** The forenames after the first: one in common (or its initial), none in common, or none on one side. */
    static FieldLevel middle(FoldedName a, FoldedName b) {
        List<String> x = a.middleNames();
        List<String> y = b.middleNames();
        if (x.isEmpty() || y.isEmpty()) {
            return FieldLevel.MIDDLE_MISSING;
        }
        for (String one : x) {
            for (String other : y) {
                if (one.equals(other) || (one.length() == 1 || other.length() == 1) && one.charAt(0) == other.charAt(0)) {
                    return FieldLevel.MIDDLE_SAME;
                }
            }
        }
        return FieldLevel.MIDDLE_DIFFERENT;
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
        if (swapped || yearOut || oneDigitOut(a, b)) {
            return FieldLevel.BORN_ONE_SLIP;
        }
        return a.getYear() == b.getYear() ? FieldLevel.BORN_SAME_YEAR : FieldLevel.BORN_DIFFERENT;
    }

    /** The dates written yyyymmdd differ in one digit. */
    private static boolean oneDigitOut(LocalDate a, LocalDate b) {
        int x = a.getYear() * 10000 + a.getMonthValue() * 100 + a.getDayOfMonth();
        int y = b.getYear() * 10000 + b.getMonthValue() * 100 + b.getDayOfMonth();
        int differing = 0;
        for (int i = 0; i < 8; i++) {
            if (x % 10 != y % 10 && ++differing > 1) {
                return false;
            }
            x /= 10;
            y /= 10;
        }
        return differing == 1;
    }
}
