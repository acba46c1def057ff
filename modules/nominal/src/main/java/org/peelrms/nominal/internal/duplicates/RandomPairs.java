package org.peelrms.nominal.internal.duplicates;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The u probabilities, as Splink estimates them: compare pairs of people picked at random from the index
 * (almost all of them different people) and count how often each field agrees at each level.
 */
final class RandomPairs {
    static final int PAIRS = 1_000_000;
    static final long SEED = 20261207L;

    private RandomPairs() {
    }

    static Map<FieldLevel, Double> uProbabilities(List<PreparedPerson> people, PairComparer comparer) {
        Map<FieldLevel, Double> u = new EnumMap<>(FieldLevel.class);
        if (people.size() < 2) {
            return u;
        }
        long[] counts = new long[FieldLevel.values().length];
        SplittableRandom random = new SplittableRandom(SEED);
        int pairs = (int) Math.min(PAIRS, (long) people.size() * (people.size() - 1) / 2);
        for (int k = 0; k < pairs; k++) {
            int i = random.nextInt(people.size());
            int j = random.nextInt(people.size() - 1);
            if (j >= i) {
                j++;
            }
            PreparedPerson a = people.get(i);
            PreparedPerson b = people.get(j);
            Comparison straight = comparer.compare(a.current(), b.current(), a.person().dateOfBirth(),
                    b.person().dateOfBirth(), a.person().sex(), b.person().sex(), false);
            straight.levels().forEach(level -> counts[level.ordinal()]++);
        }
        long[] known = new long[FieldLevel.Field.values().length];
        int[] levels = new int[FieldLevel.Field.values().length];
        for (FieldLevel level : FieldLevel.values()) {
            if (!level.missing()) {
                known[level.field().ordinal()] += counts[level.ordinal()];
                levels[level.field().ordinal()]++;
            }
        }
        for (FieldLevel level : FieldLevel.values()) {
            if (!level.missing()) {
                // Of the pairs where the field is known on both sides; one more of each level than seen, so
                // that no level is taken as impossible by chance.
                int field = level.field().ordinal();
                u.put(level, (counts[level.ordinal()] + 1.0) / (known[field] + levels[field]));
            }
        }
        return u;
    }
}
