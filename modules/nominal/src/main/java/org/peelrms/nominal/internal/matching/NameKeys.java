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
    /** The weight of each name the other way round on its own, against the names as given. */
    static final double SWAPPED = 0.5;
    /** The weight of the keys of a reading of the search box's line after the first (NameReadings). */
    static final double OTHER_READING = 0.6;

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

    /**
     * The keys to look for, each with its weight (higher for what identifies more surely), over
     * every reading of what was typed (the best weight of a key counts). The first reading's keys
     * count fully, the others' at {@link #OTHER_READING}: they still bring their people among the
     * candidates, without crowding out the first reading's near spellings (a surname "Cokoe Thomas"
     * would bring every Thomas). Once candidates, all readings score alike.
     */
    public Map<String, Double> queryKeys(List<NameQuery> readings) {
        Map<String, Double> keys = new LinkedHashMap<>();
        for (int i = 0; i < readings.size(); i++) {
            double scale = i == 0 ? 1.0 : OTHER_READING;
            queryKeys(readings.get(i)).forEach((key, weight) -> keys.merge(key, weight * scale, Math::max));
        }
        return keys;
    }

    /**
     * The keys of one reading. The names the other way round (forenames taken for a surname and the
     * surname for a forename) count for half here; together they are a route of their own
     * ({@link #swappedRoutes}).
     */
    public Map<String, Double> queryKeys(NameQuery query) {
        Map<String, Double> keys = new LinkedHashMap<>();
        surnameKeys(query.surname(), 1.0, (key, weight) -> keys.merge(key, weight, Math::max));
        if (query.hasForenames()) {
            forenameKeys(query.forenames(), 1.0, (key, weight) -> keys.merge(key, weight, Math::max));
            surnameKeys(query.forenames(), SWAPPED, (key, weight) -> keys.merge(key, weight, Math::max));
            forenameKeys(query.surname(), SWAPPED, (key, weight) -> keys.merge(key, weight, Math::max));
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
     * The swapped route: the surname given as a forename and the forenames as a surname. Each is
     * common on its own (many people are called Kelly, by surname or forename), so the route counts
     * only for a person who has both, a surname key of what was given as forenames and a forename
     * key of what was given as the surname; then with the weights of the names as given. Exact,
     * sound and variant keys only, no near spellings: those cost a fuzzy automaton each, a fifth of
     * a search's time, for a kind of slip (names swapped and misspelt) not seen in the development or
     * scored sets (ADR 0035).
     *
     * @param surname  keys a person's surname must have one of (of the forenames given)
     * @param forename keys a person's forenames must have one of (of the surname given)
     */
    public record SwappedRoute(Map<String, Double> surname, Map<String, Double> forename) {
    }

    /** The swapped routes of every reading that has forenames. */
    public List<SwappedRoute> swappedRoutes(List<NameQuery> readings) {
        Set<SwappedRoute> routes = new LinkedHashSet<>();
        for (NameQuery reading : readings) {
            if (reading.hasForenames()) {
                Map<String, Double> surname = new LinkedHashMap<>();
                Map<String, Double> forename = new LinkedHashMap<>();
                surnameKeys(reading.forenames(), 1.0, (key, weight) -> surname.merge(key, weight, Math::max));
                forenameKeys(reading.surname(), 1.0, (key, weight) -> forename.merge(key, weight, Math::max));
                if (!surname.isEmpty() && !forename.isEmpty()) {
                    routes.add(new SwappedRoute(Map.copyOf(surname), Map.copyOf(forename)));
                }
            }
        }
        return List.copyOf(routes);
    }

    /** The keys to look for with typing errors allowed, over every reading of what was typed. */
    public Map<String, Integer> fuzzyKeys(List<NameQuery> readings) {
        Map<String, Integer> keys = new LinkedHashMap<>();
        readings.forEach(reading -> keys.putAll(fuzzyKeys(reading)));
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

    /** Whether a key is a date of birth's ("d:1985-06-14"). */
    public static boolean isDate(String key) {
        return key.startsWith(BORN);
    }

    /** How long the kind of a key is ("s:" of "s:smith"): a fuzzy match leaves it as it is. */
    public static int kindLength(String key) {
        return key.indexOf(':') + 1;
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
        if (words.size() > 1) {
            // Xiao Ming is also Xiaoming: the given name written as one word finds it written apart, and back.
            sink.add(FORENAME + String.join("", words), 2.0 * scale);
        }
    }

}
