package org.peelrms.nominal.internal.duplicates;

import java.util.HashMap;
import java.util.Map;

/**
 * How common each surname and forename is in the index: the share of people on file under it. Two people
 * who share a common name are weaker evidence than two who share a rare one (Splink's term-frequency
 * adjustment): the u probability of an exact agreement becomes the name's own share.
 */
final class TermFrequencies {
    private final Map<String, Integer> surnames = new HashMap<>();
    private final Map<String, Integer> forenames = new HashMap<>();
    private long people;

    void add(FoldedName current) {
        people++;
        if (!current.surname().isEmpty()) {
            surnames.merge(current.surname().text(), 1, Integer::sum);
        }
        if (!current.firstForename().isEmpty()) {
            forenames.merge(current.firstForename(), 1, Integer::sum);
        }
    }

    /** The share of people with this surname (at least one person's). */
    double surname(String folded) {
        return share(surnames.getOrDefault(folded, 0));
    }

    double forename(String folded) {
        return share(forenames.getOrDefault(folded, 0));
    }

    private double share(int count) {
        return Math.max(1, count) / (double) Math.max(1, people);
    }
}
