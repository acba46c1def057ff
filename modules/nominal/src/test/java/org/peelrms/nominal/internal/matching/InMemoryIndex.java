package org.peelrms.nominal.internal.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The search without Lucene, for evaluating the matcher on the development set in a unit test: the
 * same keys, weighted by how rare they are (as Lucene's scoring does), the best candidates re-scored
 * by the {@link NameMatcher}. The fuzzy keys are matched by scanning the key list, where Lucene
 * uses a fuzzy term query.
 */
final class InMemoryIndex {
    record Person(String ref, List<RecordedName> names) {
    }

    record Hit(String ref, NameMatch match) {
    }

    private final NameKeys keys;
    private final NameMatcher matcher;
    private final List<Person> people = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();

    InMemoryIndex(NameVariants variants) {
        this.keys = new NameKeys(variants);
        this.matcher = new NameMatcher(variants);
    }

    void add(Person person) {
        int at = people.size();
        people.add(person);
        for (String key : keys.indexKeys(person.names())) {
            postings.computeIfAbsent(key, any -> new ArrayList<>()).add(at);
        }
    }

    List<Hit> search(NameQuery query, int candidates, double cutOff, int limit) {
        Map<Integer, Double> weights = new HashMap<>();
        keys.queryKeys(query).forEach((key, weight) -> {
            List<Integer> holders = postings.getOrDefault(key, List.of());
            double idf = Math.log(1 + people.size() / (1.0 + holders.size()));
            holders.forEach(at -> weights.merge(at, weight * idf, Double::sum));
        });
        keys.fuzzyKeys(query).forEach((term, slips) -> {
            String prefix = term.substring(0, term.indexOf(':') + 1);
            String word = term.substring(prefix.length());
            postings.forEach((key, holders) -> {
                if (key.length() > 1 && key.charAt(0) == prefix.charAt(0) && key.startsWith(prefix) && !key.equals(term)
                        && Math.abs(key.length() - term.length()) <= slips
                        && Spelling.distance(key.substring(prefix.length()), word) <= slips) {
                    double idf = Math.log(1 + people.size() / (1.0 + holders.size()));
                    holders.forEach(at -> weights.merge(at, idf, Double::sum));
                }
            });
        });
        return weights.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
                .limit(candidates)
                .map(entry -> new Hit(people.get(entry.getKey()).ref(),
                        matcher.match(query, people.get(entry.getKey()).names())))
                .filter(hit -> hit.match().score() >= cutOff)
                .sorted(Comparator.comparingDouble((Hit hit) -> hit.match().score()).reversed())
                .limit(limit)
                .toList();
    }
}
