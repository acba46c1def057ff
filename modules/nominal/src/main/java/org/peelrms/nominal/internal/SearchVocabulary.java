package org.peelrms.nominal.internal;

import org.peelrms.nominal.internal.matching.NameKeys;
import org.peelrms.nominal.internal.matching.NameMatcher;
import org.peelrms.nominal.internal.matching.NameVariants;

/**
 * The name-variant table and what is built on it, loaded once: the same for indexing (inside the
 * entity's derived search keys) and for searching. Changing the table means rebuilding the index.
 */
final class SearchVocabulary {
    private static final NameVariants VARIANTS = NameVariants.shipped();
    private static final NameKeys KEYS = new NameKeys(VARIANTS);
    private static final NameMatcher MATCHER = new NameMatcher(VARIANTS);

    private SearchVocabulary() {
    }

    static NameKeys keys() {
        return KEYS;
    }

    static NameMatcher matcher() {
        return MATCHER;
    }
}
