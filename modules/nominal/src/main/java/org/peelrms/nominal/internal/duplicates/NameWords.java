package org.peelrms.nominal.internal.duplicates;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.peelrms.nominal.internal.matching.NameVariants;

/**
 * Each word of a name worked out once ({@link NameWord}: its sounds, groups, consonants) and shared by everyone
 * on file with that word, and each list of words kept once. A million people have a few hundred thousand
 * distinct words between them; a copy for every name would cost gigabytes of heap (docs/benchmarks/duplicates.md).
 */
final class NameWords {
    private final NameVariants variants;
    private final ConcurrentHashMap<String, NameWord> words = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<List<String>, List<String>> lists = new ConcurrentHashMap<>();

    NameWords(NameVariants variants) {
        this.variants = variants;
    }

    NameVariants variants() {
        return variants;
    }

    NameWord of(String folded) {
        return folded.isEmpty() ? NameWord.NONE : words.computeIfAbsent(folded, word -> NameWord.of(word, variants));
    }

    /** The same words, as one shared list. */
    List<String> shared(List<String> words) {
        return words.isEmpty() ? List.of() : lists.computeIfAbsent(List.copyOf(words), list -> list);
    }
}
