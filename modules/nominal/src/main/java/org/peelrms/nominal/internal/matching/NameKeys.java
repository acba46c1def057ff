package org.peelrms.nominal.internal.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search keys that find candidates quickly among millions: for every name a person is known by,
 * the surname whole and in parts, its sound codes (Double Metaphone, NYSIIS), each forename, its
 * sound code and its name-variant group, and the date of birth. A query asks for the same keys,
 * weighted, plus the dates an officer may have slipped to; the {@link NameMatcher} then scores the
 * few hundred best candidates properly. Keys carry a prefix saying what they are ("s:smith").
 */
public final class NameKeys {
    static final String SURNAME = "s:";
    static final String SURNAME_SOUND = "sp:";
    static final String SURNAME_NYSIIS = "sn:";
    static final String FORENAME = "f:";
    static final String FORENAME_SOUND = "fp:";
    static final String FORENAME_GROUP = "fg:";
    static final String BORN = "d:";

    private final NameVariants variants;

    public NameKeys(NameVariants variants) {
        this.variants = variants;
    }

    /** Every key of a person, over all their names. */
    public Set<String> indexKeys(List<RecordedName> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (RecordedName name : names) {
            surnameKeys(name.surname(), 1.0, (key, weight) -> keys.add(key));
            forenameKeys(name.forenames(), 1.0, (key, weight) -> keys.add(key));
            if (name.dateOfBirth() != null) {
                keys.add(BORN + name.dateOfBirth());
            }
        }
        return keys;
    }

    /** The keys to look for, each with its weight; higher for what identifies more surely. */
    public Map<String, Double> queryKeys(NameQuery query) {
        Map<String, Double> keys = new LinkedHashMap<>();
        surnameKeys(query.surname(), 1.0, (key, weight) -> keys.merge(key, weight, Math::max));
        if (query.hasForenames()) {
            forenameKeys(query.forenames(), 1.0, (key, weight) -> keys.merge(key, weight, Math::max));
            // The other way round: forenames taken for a surname, and the surname for a forename.
            surnameKeys(query.forenames(), 0.5, (key, weight) -> keys.merge(key, weight, Math::max));
            forenameKeys(query.surname(), 0.5, (key, weight) -> keys.merge(key, weight, Math::max));
        }
        LocalDate born = query.dateOfBirth();
        if (born != null) {
            keys.put(BORN + born, 3.0);
            for (LocalDate slip : slips(born)) {
                keys.putIfAbsent(BORN + slip, 1.5);
            }
        }
        return keys;
    }

    /**
     * The keys to look for with typing errors allowed (the fuzzy part of the search): the whole
     * surname and the first forename, each with the number of slips its length allows.
     */
    public Map<String, Integer> fuzzyKeys(NameQuery query) {
        Map<String, Integer> keys = new LinkedHashMap<>();
        String surname = Names.joined(query.surname());
        if (Spelling.allowedSlips(surname) > 0) {
            keys.put(SURNAME + surname, Spelling.allowedSlips(surname));
        }
        List<String> forenames = Names.words(query.forenames());
        if (!forenames.isEmpty() && Spelling.allowedSlips(forenames.get(0)) > 0) {
            keys.put(FORENAME + forenames.get(0), Spelling.allowedSlips(forenames.get(0)));
        }
        return keys;
    }

    /**
     * The weight of an indexed key found one typing slip (1.0) or two (0.8) from a fuzzy key: less
     * than the surname itself (3.0), so that the name as asked comes before its near spellings.
     */
    public static double nearbyWeight(int slips) {
        return slips <= 1 ? 1.0 : 0.8;
    }

    /** The dates an officer may have been given instead: day and month swapped, the year one out. */
    static List<LocalDate> slips(LocalDate born) {
        List<LocalDate> slips = new ArrayList<>(List.of(born.minusYears(1), born.plusYears(1)));
        if (born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue()) {
            slips.add(LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue()));
        }
        return slips;
    }

    private interface Sink {
        void add(String key, double weight);
    }

    private void surnameKeys(String surname, double scale, Sink sink) {
        String joined = Names.joined(surname);
        if (joined.isEmpty()) {
            return;
        }
        sink.add(SURNAME + joined, 3.0 * scale);
        sink.add(SURNAME_NYSIIS + Phonetics.nysiis(joined), 1.5 * scale);
        Phonetics.doubleMetaphone(joined).forEach(code -> sink.add(SURNAME_SOUND + code, 1.5 * scale));
        List<String> words = Names.words(surname);
        if (words.size() > 1) {
            for (String word : words) {
                sink.add(SURNAME + word, 2.0 * scale);
                Phonetics.doubleMetaphone(word).forEach(code -> sink.add(SURNAME_SOUND + code, 1.0 * scale));
            }
        }
        variants.groups(joined).forEach(group -> sink.add(SURNAME + group, 2.0 * scale));
    }


    private void forenameKeys(String forenames, double scale, Sink sink) {
        List<String> words = Names.words(forenames);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            double weight = (i == 0 ? 2.0 : 1.0) * scale;
            sink.add(FORENAME + word, weight);
            Phonetics.doubleMetaphone(word).forEach(code -> sink.add(FORENAME_SOUND + code, weight / 2));
            variants.groups(word).forEach(group -> sink.add(FORENAME_GROUP + group, weight * 0.75));
        }
    }

}
