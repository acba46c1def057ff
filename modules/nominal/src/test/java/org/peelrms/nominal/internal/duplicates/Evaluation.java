package org.peelrms.nominal.internal.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the finder found on an evaluation set, judged against the key. A found pair of two people of the
 * population itself is in no key (the synthetic population may hold its own duplicates and near-twins):
 * it is counted apart, and shown, not taken as wrong nor right.
 */
record Evaluation(double threshold, long people, long truePairs, long found, long right, long wrong, long populationPairs, Map<String, long[]> byKind,
        List<String> wrongExamples, List<String> populationExamples, long millis, DuplicateFinder.Outcome outcome) {

    /** Judged at the threshold given, in bits of evidence (the finder ran with one no higher); millis the finder's CPU time. */
    static Evaluation of(EvaluationSet set, DuplicateFinder.Outcome all, long millis, double threshold) {
        DuplicateFinder.Outcome outcome = new DuplicateFinder.Outcome(all.pairs().stream()
                .filter(pair -> pair.evidence() >= threshold).toList(), all.blocks(), all.comparedPairs(), all.blocksTooLarge(),
                all.comparedByRule(), all.priorWeight());
        long right = 0;
        long wrong = 0;
        long population = 0;
        List<String> wrongExamples = new ArrayList<>();
        List<String> populationExamples = new ArrayList<>();
        java.util.Set<Long> copiesFound = new java.util.HashSet<>();
        for (PossiblePair pair : outcome.pairs()) {
            if (set.inKey(pair)) {
                right++;
                if (set.isCopy(pair.secondId()) && !set.isCopy(pair.firstId())) {
                    copiesFound.add(pair.secondId());
                }
            } else if (set.isCopy(pair.firstId()) || set.isCopy(pair.secondId())) {
                wrong++;
                if (wrongExamples.size() < 15) {
                    wrongExamples.add(describe(set, pair));
                }
            } else {
                population++;
                if (populationExamples.size() < 10) {
                    populationExamples.add(describe(set, pair));
                }
            }
        }
        Map<String, long[]> byKind = new TreeMap<>();
        for (Map.Entry<Long, String> copy : set.kindOf.entrySet()) {
            if (set.originalOf.containsKey(copy.getKey())) {
                long[] counts = byKind.computeIfAbsent(copy.getValue(), k -> new long[2]);
                counts[0]++;
                if (copiesFound.contains(copy.getKey())) {
                    counts[1]++;
                }
            }
        }
        return new Evaluation(threshold, set.people.size(), set.originalOf.size(), outcome.pairs().size(), right, wrong, population, byKind,
                wrongExamples, populationExamples, millis, outcome);
    }

    private static String describe(EvaluationSet set, PossiblePair pair) {
        return String.format("%s / %s (%s) %.1f bits, p=%.3f: %s", reference(set, pair.firstId()), reference(set, pair.secondId()),
                set.kindOf.getOrDefault(pair.secondId(), "population"), pair.evidence(), pair.probability(), pair.explanation());
    }

    private static String reference(EvaluationSet set, long id) {
        return set.byId(id).map(p -> p.reference() + " "
                + p.names().get(0).forenames() + " " + p.names().get(0).surname() + " " + p.dateOfBirth()).orElse("?");
    }

    double recall() {
        long found = byKind.values().stream().mapToLong(c -> c[1]).sum();
        return truePairs == 0 ? 1 : found / (double) truePairs;
    }

    /** Right pairs among those involving a copy (the population's own pairs set apart). */
    double precision() {
        return right + wrong == 0 ? 1 : right / (double) (right + wrong);
    }

    /** Counting the population's own pairs as wrong too. */
    double strictPrecision() {
        return found == 0 ? 1 : right / (double) found;
    }

    String report(String title) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("### %s%n%n| measure | value |%n|---|---|%n", title));
        text.append(String.format("| people (population + copies) | %,d |%n", people));
        text.append(String.format("| copies with an original (the key) | %,d |%n", truePairs));
        text.append(String.format("| blocks / pairs compared | %,d / %,d (blocks over %,d people skipped: %d) |%n",
                outcome.blocks(), outcome.comparedPairs(), DuplicateFinder.LARGEST_BLOCK, outcome.blocksTooLarge()));
        outcome.comparedByRule().forEach((rule, pairs) -> text.append(String.format("| pairs compared by %s | %,d |%n", rule, pairs)));
        text.append(String.format("| prior (bits) / the probability of a pair at the threshold | %.1f / %.3f |%n", outcome.priorWeight(),
                DuplicateFinderEvaluationTest.probabilityAt(threshold, outcome.priorWeight())));
        text.append(String.format("| pairs found (evidence >= %.1f bits) | %,d |%n", threshold, found));
        text.append(String.format("| in the key / wrong (involving a copy) / population's own | %,d / %,d / %,d |%n", right, wrong, populationPairs));
        text.append(String.format("| **recall** | **%.3f** |%n| **precision** (pairs involving a copy) | **%.3f** |%n", recall(), precision()));
        text.append(String.format("| precision counting the population's own pairs as wrong | %.3f |%n", strictPrecision()));
        text.append(String.format("| CPU time of the finder (all threads, data loaded) | %.1f s |%n%n", millis / 1000.0));
        text.append("| kind of slip | copies | found | recall |\n|---|---|---|---|\n");
        byKind.forEach((kind, c) -> text.append(String.format("| %s | %d | %d | %.3f |%n", kind, c[0], c[1], c[0] == 0 ? 1 : c[1] / (double) c[0])));
        text.append("\nWrong pairs (first 15):\n\n");
        wrongExamples.forEach(e -> text.append("- ").append(e).append('\n'));
        text.append("\nPairs of two people of the population (first 10):\n\n");
        populationExamples.forEach(e -> text.append("- ").append(e).append('\n'));
        return text.toString();
    }
}
