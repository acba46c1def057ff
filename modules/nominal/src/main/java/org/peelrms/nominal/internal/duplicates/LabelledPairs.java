package org.peelrms.nominal.internal.duplicates;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The m probabilities from pairs known to be one person (a labelled set, or in time the reviewers'
 * decisions): the share of such pairs at each level of each field, not counting pairs where the field is
 * not known on one side, with one more of each level than seen so that none is taken as impossible. A
 * field never known in the pairs gets no m here (the caller keeps its prior).
 */
final class LabelledPairs {
    private LabelledPairs() {
    }

    static Map<FieldLevel, Double> mProbabilities(List<Comparison> samePerson) {
        long[] counts = new long[FieldLevel.values().length];
        long[] known = new long[FieldLevel.Field.values().length];
        int[] levels = new int[FieldLevel.Field.values().length];
        for (FieldLevel level : FieldLevel.values()) {
            if (!level.missing()) {
                levels[level.field().ordinal()]++;
            }
        }
        for (Comparison comparison : samePerson) {
            for (FieldLevel level : comparison.levels()) {
                if (!level.missing()) {
                    counts[level.ordinal()]++;
                    known[level.field().ordinal()]++;
                }
            }
        }
        Map<FieldLevel, Double> m = new EnumMap<>(FieldLevel.class);
        for (FieldLevel level : FieldLevel.values()) {
            int field = level.field().ordinal();
            if (!level.missing() && known[field] > 0) {
                m.put(level, (counts[level.ordinal()] + 1.0) / (known[field] + levels[field]));
            }
        }
        return m;
    }
}
