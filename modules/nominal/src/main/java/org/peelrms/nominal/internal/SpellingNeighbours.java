package org.peelrms.nominal.internal;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.peelrms.nominal.internal.matching.Spelling;

/**
 * The names in the index that are one or two typing slips away from a name asked about ("smiht" →
 * smith, smit, smyth): the fuzzy part of the candidate search.
 * <p>
 * Lucene's own fuzzy query builds a Levenshtein automaton for every search, which cost more than
 * everything else in a search (docs/benchmarks/name-search.md). The names in the index are few (some
 * 33,000 surnames and 18,000 forenames among a million people), so instead each index segment's
 * names are read once, kept while the segment lives, and scanned: a name whose length or letters are
 * too different is passed over cheaply, the rest are compared letter by letter.
 */
final class SpellingNeighbours {
    /** At most this many neighbours a name, the closest first; as many as Lucene's fuzzy query takes. */
    static final int MOST = 50;

    private static final Map<IndexReader.CacheKey, SegmentNames> SEGMENTS = new ConcurrentHashMap<>();

    private SpellingNeighbours() {
    }

    /**
     * For each search key given with the slips it may carry ("s:smiht" → 2), the indexed keys of the
     * same kind within that many slips, but not the key itself, each with its number of slips.
     */
    static Map<String, Integer> of(EntityManager entityManager, Map<String, Integer> keys) {
        return of(entityManager, List.of(keys)).get(0);
    }

    /** The same for several sets of keys (a search's straight keys and its swapped routes'), with one index reader. */
    static List<Map<String, Integer>> of(EntityManager entityManager, List<Map<String, Integer>> keySets) {
        if (keySets.stream().allMatch(Map::isEmpty)) {
            return keySets.stream().map(keys -> Map.<String, Integer>of()).toList();
        }
        try (IndexReader reader = Search.session(entityManager).scope(Person.class)
                .extension(LuceneExtension.get()).openIndexReader()) {
            List<Map<String, Integer>> found = new ArrayList<>();
            for (Map<String, Integer> keys : keySets) {
                Map<String, Integer> near = new LinkedHashMap<>();
                keys.forEach((key, slips) -> near(reader, key, slips).forEach((word, n) -> near.merge(word, n, Math::min)));
                found.add(near);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the names in the people index", e);
        }
    }

    private static Map<String, Integer> near(IndexReader reader, String key, int slips) {
        int colon = key.indexOf(':') + 1;
        String kind = key.substring(0, colon);
        String word = key.substring(colon);
        Map<String, Integer> found = new LinkedHashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            segment(leaf.reader()).near(kind, word, slips, found);
        }
        if (found.size() <= MOST) {
            return found;
        }
        List<Map.Entry<String, Integer>> closest = new ArrayList<>(found.entrySet());
        closest.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> kept = new LinkedHashMap<>();
        closest.subList(0, MOST).forEach(entry -> kept.put(entry.getKey(), entry.getValue()));
        return kept;
    }

    private static SegmentNames segment(LeafReader reader) {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return SegmentNames.read(reader);
        }
        return SEGMENTS.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(SEGMENTS::remove);
            return SegmentNames.read(reader);
        });
    }

    /** The surname and forename keys of one index segment (in the index's order), kept while it lives. */
    private record SegmentNames(Map<String, Words> byKind) {
        static final List<String> KINDS = List.of("s:", "f:");

        static SegmentNames read(LeafReader reader) {
            try {
                Terms terms = reader.terms(PeopleSearchFields.KEYS);
                Map<String, Words> byKind = new LinkedHashMap<>();
                for (String kind : KINDS) {
                    byKind.put(kind, terms == null ? Words.NONE : Words.read(terms.iterator(), kind));
                }
                return new SegmentNames(Map.copyOf(byKind));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the names in an index segment", e);
            }
        }

        void near(String kind, String word, int slips, Map<String, Integer> found) {
            Words words = byKind.get(kind);
            if (words != null) {
                words.near(kind, word, slips, found);
            }
        }
    }

    /**
     * Words of one kind, grouped by length, each with its set of letters as a bit mask: a slip changes
     * the length by one at most and the set of letters by two at most, so most words are never compared.
     */
    private record Words(String[][] byLength, int[][] lettersByLength) {
        static final int LONGEST = 40;
        static final Words NONE = new Words(new String[LONGEST + 1][0], new int[LONGEST + 1][0]);

        static Words read(TermsEnum terms, String kind) throws IOException {
            BytesRef prefix = new BytesRef(kind);
            List<List<String>> grouped = new ArrayList<>();
            for (int length = 0; length <= LONGEST; length++) {
                grouped.add(new ArrayList<>());
            }
            if (terms.seekCeil(prefix) != TermsEnum.SeekStatus.END) {
                for (BytesRef term = terms.term(); term != null && StringHelper.startsWith(term, prefix); term = terms.next()) {
                    String word = term.utf8ToString().substring(kind.length());
                    grouped.get(Math.min(word.length(), LONGEST)).add(word);
                }
            }
            String[][] byLength = new String[LONGEST + 1][];
            int[][] lettersByLength = new int[LONGEST + 1][];
            for (int length = 0; length <= LONGEST; length++) {
                byLength[length] = grouped.get(length).toArray(String[]::new);
                lettersByLength[length] = new int[byLength[length].length];
                for (int i = 0; i < byLength[length].length; i++) {
                    lettersByLength[length][i] = letters(byLength[length][i]);
                }
            }
            return new Words(byLength, lettersByLength);
        }

        void near(String kind, String word, int slips, Map<String, Integer> found) {
            int mask = letters(word);
            int from = Math.max(0, word.length() - slips);
            int to = Math.min(LONGEST, word.length() + slips);
            for (int length = from; length <= to; length++) {
                String[] words = byLength[length];
                int[] letters = lettersByLength[length];
                for (int i = 0; i < words.length; i++) {
                    if (Integer.bitCount(letters[i] ^ mask) > 2 * slips || words[i].equals(word)) {
                        continue;
                    }
                    int distance = Spelling.distanceUpTo(word, words[i], slips);
                    if (distance <= slips) {
                        found.merge(kind + words[i], distance, Math::min);
                    }
                }
            }
        }

        private static int letters(String word) {
            int mask = 0;
            for (int i = 0; i < word.length(); i++) {
                int letter = word.charAt(i) - 'a';
                mask |= letter >= 0 && letter < 26 ? 1 << letter : 1 << 26;
            }
            return mask;
        }
    }
}
