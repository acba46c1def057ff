package org.peelrms.nominal.internal.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search without Lucene, for evaluating the matcher on the development set in a unit test: the
 * same keys, weighted by how rare they are (as Lucene's scoring does), the best candidates re-scored
 * by the {@link NameMatcher}. The near spellings of the fuzzy keys are found by scanning the
 * surname and forename keys, as SpellingNeighbours does in the index.
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
    /** The fuzzy-searchable keys (surnames "s:", forenames "f:"), as SpellingNeighbours reads them from the index. */
    private final Map<String, Set<String>> words = new HashMap<>();

    InMemoryIndex(NameVariants variants) {
        this.keys = new NameKeys(variants);
        this.matcher = new NameMatcher(variants);
    }

    void add(Person person) {
        int at = people.size();
        people.add(person);
        for (String key : keys.indexKeys(person.names())) {
            postings.computeIfAbsent(key, any -> new ArrayList<>()).add(at);
            if (key.startsWith("s:") || key.startsWith("f:")) {
                words.computeIfAbsent(key.substring(0, 2), any -> new HashSet<>()).add(key);
            }
        }
    }

    /** The search over every reading of what was typed (one for the structured search). */
    private List<Integer> holders(String key) {
        return postings.getOrDefault(key, List.of());
    }

    private double idf(String key) {
        return Math.log(1 + people.size() / (1.0 + holders(key).size()));
    }

    /** The people who hold any of the keys, each with the sum of the weighted keys they hold. */
    private Map<Integer, Double> side(Map<String, Double> sideKeys) {
        Map<Integer, Double> held = new HashMap<>();
        sideKeys.forEach((key, weight) -> holders(key).forEach(at -> held.merge(at, weight * idf(key), Double::sum)));
        return held;
    }

    /** The indexed surname and forename keys within the allowed slips of the fuzzy keys, as SpellingNeighbours finds them. */
    private Map<String, Integer> near(Map<String, Integer> fuzzy) {
        Map<String, Integer> found = new HashMap<>();
        fuzzy.forEach((term, slips) -> {
            String prefix = term.substring(0, term.indexOf(':') + 1);
            String word = term.substring(prefix.length());
            words.getOrDefault(prefix, Set.of()).forEach(key -> {
                if (!key.equals(term) && Math.abs(key.length() - term.length()) <= slips) {
                    int distance = Spelling.distance(key.substring(prefix.length()), word);
                    if (distance <= slips) {
                        found.merge(key, distance, Math::min);
                    }
                }
            });
        });
        return found;
    }

    List<Hit> search(List<NameQuery> readings, int candidates, double cutOff, int limit) {
        Map<Integer, Double> weights = new HashMap<>();
        keys.queryKeys(readings).forEach((key, weight) -> {
            List<Integer> holders = postings.getOrDefault(key, List.of());
            double idf = Math.log(1 + people.size() / (1.0 + holders.size()));
            holders.forEach(at -> weights.merge(at, weight * idf, Double::sum));
        });
        near(keys.fuzzyKeys(readings)).forEach((key, distance) -> holders(key).forEach(at -> weights.merge(at,
                NameKeys.nearbyWeight(distance) * idf(key), Double::sum)));
        for (NameKeys.SwappedRoute route : keys.swappedRoutes(readings)) {
            Map<String, Double> surnameKeys = new HashMap<>(route.surname());
            Map<String, Double> forenameKeys = new HashMap<>(route.forename());
            near(route.fuzzy()).forEach((key, distance) -> (NameKeys.SwappedRoute.surnameSide(key) ? surnameKeys : forenameKeys)
                    .merge(key, NameKeys.nearbyWeight(distance), Math::max));
            Map<Integer, Double> surname = side(surnameKeys);
            Map<Integer, Double> forename = side(forenameKeys);
            surname.forEach((at, weight) -> {
                Double other = forename.get(at);
                if (other != null) {
                    weights.merge(at, weight + other, Double::sum);
                }
            });
        }
        return weights.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
                .limit(candidates)
                .map(entry -> new Hit(people.get(entry.getKey()).ref(),
                        matcher.match(readings, people.get(entry.getKey()).names())))
                .filter(hit -> hit.match().score() >= cutOff)
                .sorted(Comparator.comparingDouble((Hit hit) -> hit.match().score()).reversed())
                .limit(limit)
                .toList();
    }
}
