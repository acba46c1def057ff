package org.peelrms.nominal.internal.duplicates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import org.peelrms.nominal.internal.matching.NameVariants;
import org.peelrms.nominal.internal.matching.Phonetics;

/**
 * Which pairs are compared at all. Comparing every person with every other is 5 × 10^11 pairs at a million
 * people, so only people who share a key of one of these rules are compared (Splink's blocking rules),
 * each rule catching slips the others miss. The keys of each name a person is on file under count.
 */
public enum BlockingRules {
    /** The surname's sound (Double Metaphone, each part of a double-barrelled one too) and the date of birth. */
    SURNAME_SOUND_AND_DATE_OF_BIRTH,
    /** The first forename's sound or name-variant group, and the whole date of birth: a surname misspelt. */
    FORENAME_AND_DATE_OF_BIRTH,
    /** The surname's sound and the day and month of birth: a year of birth wrong. */
    SURNAME_SOUND_AND_BIRTHDAY,
    /** The surname's sound and the forename's sound or group, in either order, and the year of birth: names swapped, a date slip. */
    NAMES_EITHER_ORDER_AND_YEAR,
    /** Forename sound or group, the surname's first letter and the year: a misspelt surname and a date slip. */
    FORENAME_INITIAL_AND_YEAR,
    /** The first forename's sound or group, the surname's first letter, and the day and month of birth: a misspelt surname and a year slip. */
    FORENAME_INITIAL_AND_BIRTHDAY,
    /** For a person with no date of birth (paired only with such a person): the surname's sound, either way round. */
    SURNAME_SOUND_WITHOUT_DATE_OF_BIRTH,
    /** For a person with no date of birth: the forename's sound or group and the surname's first letter, either way round. */
    FORENAME_INITIAL_WITHOUT_DATE_OF_BIRTH;

    /** True for the rules that pair only a person without a date of birth with another. */
    boolean withoutDateOfBirth() {
        return this == SURNAME_SOUND_WITHOUT_DATE_OF_BIRTH || this == FORENAME_INITIAL_WITHOUT_DATE_OF_BIRTH;
    }

    /** The keys of this rule for one person, as 64-bit hashes (a collision only adds a pair to compare). */
    Set<Long> keys(PreparedPerson person, NameVariants variants) {
        Set<Long> keys = new HashSet<>();
        LocalDate born = person.person().dateOfBirth();
        if (withoutDateOfBirth()) {
            List<FoldedName> names = new ArrayList<>(person.names());
            if (born == null) {
                names.addAll(person.swappedNames());
            }
            for (FoldedName name : names) {
                if (this == SURNAME_SOUND_WITHOUT_DATE_OF_BIRTH) {
                    surnameSounds(name).forEach(s -> keys.add(hash(s)));
                } else if (!name.surname().isEmpty()) {
                    char initial = name.surname().text().charAt(0);
                    forenameKeys(name, variants).forEach(f -> keys.add(hash(f + "|" + initial)));
                }
            }
            return keys;
        }
        if (born == null) {
            return keys;
        }
        for (FoldedName name : person.names()) {
            switch (this) {
                case SURNAME_SOUND_AND_DATE_OF_BIRTH -> surnameSounds(name).forEach(s -> keys.add(hash(s + "|" + born)));
                case FORENAME_AND_DATE_OF_BIRTH -> forenameKeys(name, variants).forEach(f -> keys.add(hash(f + "|" + born)));
                case SURNAME_SOUND_AND_BIRTHDAY -> surnameSounds(name).forEach(s -> keys.add(
                        hash(s + "|" + born.getMonthValue() + "-" + born.getDayOfMonth())));
                case NAMES_EITHER_ORDER_AND_YEAR -> {
                    for (String surname : surnameSounds(name)) {
                        for (String forename : forenameKeys(name, variants)) {
                            String one = "s:" + surname;
                            String other = forename.startsWith("g:") ? forename : "s:" + forename;
                            String pair = one.compareTo(other) < 0 ? one + "|" + other : other + "|" + one;
                            keys.add(hash(pair + "|" + born.getYear()));
                        }
                    }
                }
                case FORENAME_INITIAL_AND_YEAR -> {
                    if (!name.surname().isEmpty()) {
                        char initial = name.surname().text().charAt(0);
                        forenameKeys(name, variants).forEach(f -> keys.add(hash(f + "|" + initial + "|" + born.getYear())));
                    }
                }
                case FORENAME_INITIAL_AND_BIRTHDAY -> {
                    if (!name.surname().isEmpty()) {
                        char initial = name.surname().text().charAt(0);
                        forenameKeys(name, variants).forEach(f -> keys.add(
                                hash(f + "|" + initial + "|" + born.getMonthValue() + "-" + born.getDayOfMonth())));
                    }
                }
                default -> throw new IllegalStateException(name());
            }
        }
        return keys;
    }

    private long hash(String key) {
        long h = 1125899906842597L + ordinal() * 31L;
        for (int i = 0; i < key.length(); i++) {
            h = 31 * h + key.charAt(i);
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    private static Set<String> surnameSounds(FoldedName name) {
        Set<String> sounds = new LinkedHashSet<>();
        sounds.addAll(name.surname().sounds());
        if (name.surnameWords().size() > 1) {
            for (String word : name.surnameWords()) {
                if (word.length() > 1) {
                    sounds.addAll(Phonetics.doubleMetaphone(word));
                }
            }
        }
        return sounds;
    }

    private static Set<String> forenameKeys(FoldedName name, NameVariants variants) {
        Set<String> keys = new LinkedHashSet<>();
        String first = name.firstForename();
        if (first.length() > 1) {
            keys.add(primary(first));
            name.forename().groups().forEach(group -> keys.add("g:" + group));
        }
        return keys;
    }

    private static String primary(String folded) {
        return folded.isEmpty() ? "" : Phonetics.doubleMetaphone(folded).stream().min(String::compareTo).orElse("");
    }
}
