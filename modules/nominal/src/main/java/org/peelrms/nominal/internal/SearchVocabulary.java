package org.peelrms.nominal.internal;

import java.util.ArrayList;
import java.util.List;
import org.peelrms.nominal.internal.matching.NameKeys;
import org.peelrms.nominal.internal.matching.NameMatcher;
import org.peelrms.nominal.internal.matching.NameVariants;

/**
 * The name-variant table and what is built on it: the same for indexing (inside the entity's derived
 * search keys) and for searching. The shipped table, plus the groups administrators added, swapped
 * in whole when those change. Changing the table means rebuilding the index for candidates to follow.
 */
final class SearchVocabulary {
    private record Vocabulary(NameVariants variants, NameKeys keys, NameMatcher matcher) {
        static Vocabulary of(NameVariants variants) {
            return new Vocabulary(variants, new NameKeys(variants), new NameMatcher(variants));
        }
    }

    private static volatile Vocabulary current = Vocabulary.of(NameVariants.shipped());

    private SearchVocabulary() {
    }

    static NameVariants variants() {
        return current.variants();
    }

    static NameKeys keys() {
        return current.keys();
    }

    static NameMatcher matcher() {
        return current.matcher();
    }

    /** The shipped table with these added groups ("William, Bill, Billy") on top. */
    static void addGroups(List<String> addedGroups) {
        List<String> lines = new ArrayList<>(NameVariants.shippedLines());
        lines.addAll(addedGroups);
        current = Vocabulary.of(NameVariants.parse(lines));
    }
}
