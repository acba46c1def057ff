package org.peelrms.nominal.internal.duplicates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peelrms.nominal.internal.matching.NameVariants;

/**
 * The finder over the evaluation set ({@link EvaluationSet}): does it find the planted copies (recall), and
 * are the pairs it finds right (precision)? By default a sample of 20,000 people of the 100k population and
 * the copies of those among them (seconds); {@code -Dpeel.duplicates.evaluation=100k} or {@code =1m} runs the
 * whole population (the 1M one for its time). The report goes to target/duplicates-evaluation-*.md; the
 * figures are in docs/benchmarks/duplicates.md.
 */
class DuplicateFinderEvaluationTest {
    /** The finder keeps pairs from this evidence (bits), so that the report can show thresholds above it. */
    static final double LOWEST = 12;

    @Test
    void findsThePlantedCopiesAndLittleElse() throws IOException {
        String size = System.getProperty("peel.duplicates.evaluation", "sample");
        Path folder = EvaluationSet.folder();
        EvaluationSet set = switch (size) {
            case "1m" -> new EvaluationSet(folder.resolve("population-1m.csv.gz"), folder.resolve("dev2-queries-1m.csv"),
                    folder.resolve("dev2-key-1m.csv"), id -> true);
            case "100k" -> new EvaluationSet(folder.resolve("population-100k.csv"), folder.resolve("dev2-queries-100k.csv"),
                    folder.resolve("dev2-key-100k.csv"), id -> true);
            default -> new EvaluationSet(folder.resolve("population-100k.csv"), folder.resolve("dev2-queries-100k.csv"),
                    folder.resolve("dev2-key-100k.csv"), id -> id % 5 == 0);
        };
        DuplicateFinder finder = new DuplicateFinder(NameVariants.shipped(), MatchWeights.shippedM(), LOWEST);
        long started = cpuNanos();
        DuplicateFinder.Outcome outcome;
        String heap;
        try (HeapAfterCollections collections = new HeapAfterCollections()) {
            outcome = finder.find(set.people, done -> { });
            heap = collections.summary();
        }
        long millis = (cpuNanos() - started) / 1_000_000;
        double threshold = DuplicateFinder.threshold(set.people.size());
        Evaluation evaluation = Evaluation.of(set, outcome, millis, threshold);
        StringBuilder curve = new StringBuilder(String.format("%nAt other thresholds (the queue's for this size: %.2f bits):%n%n"
                + "| evidence (bits) | probability shown (the prior estimated here) | found | recall | precision"
                + " | precision counting the population's own |%n|---|---|---|---|---|---|%n", threshold));
        for (int bits = 12; bits <= 24; bits++) {
            Evaluation at = Evaluation.of(set, outcome, millis, bits);
            curve.append(String.format("| %d | %.3f | %,d | %.3f | %.3f | %.3f |%n", bits, probabilityAt(bits, outcome.priorWeight()),
                    at.found(), at.recall(), at.precision(), at.strictPrecision()));
        }
        String report = evaluation.report("Population " + size) + String.format("%nHeap while the finder ran (the people loaded"
                + " before it, %,d of them, included): %s.%n", set.people.size(), heap) + curve
                + missed(set, finder, evaluation.outcome());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "duplicates-evaluation-" + size + ".md"), report, StandardCharsets.UTF_8);
        Files.write(Path.of("target", "duplicates-pairs-" + size + ".tsv"), outcome.pairs().stream()
                .filter(pair -> set.isCopy(pair.firstId()) || set.isCopy(pair.secondId()))
                .map(pair -> String.format("%s\t%s\t%.2f\t%s", set.inKey(pair) ? "right" : "wrong",
                        set.kindOf.getOrDefault(pair.secondId(), set.kindOf.get(pair.firstId())), pair.evidence(), pair.explanation()))
                .toList(), StandardCharsets.UTF_8);
        System.out.println(report);

        assertTrue(evaluation.recall() >= 0.90, "recall " + evaluation.recall() + " below 0.90\n" + report);
        assertTrue(evaluation.precision() >= 0.95, "precision " + evaluation.precision() + " below 0.95\n" + report);
    }

    /** The probability of a pair with this evidence, under this prior (both in bits). */
    static double probabilityAt(double evidence, double priorWeight) {
        return MatchWeights.probability(evidence + priorWeight);
    }

    /** CPU time of the whole process (every thread of the finder's pool, the collector's too). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Of the copies not found, how many no blocking rule compared, and some of each sort, for tuning. */
    private static String missed(EvaluationSet set, DuplicateFinder finder, DuplicateFinder.Outcome outcome) {
        java.util.Set<Long> found = new java.util.HashSet<>();
        outcome.pairs().stream().filter(set::inKey).forEach(pair -> found.add(pair.secondId()));
        List<PreparedPerson> population = set.people.subList(0, (int) set.populationSize).stream().map(finder::prepare).toList();
        MatchWeights weights = finder.weights(population);
        StringBuilder notBlocked = new StringBuilder();
        StringBuilder below = new StringBuilder();
        int unblocked = 0;
        int scoredBelow = 0;
        for (Map.Entry<Long, Long> copy : new java.util.TreeMap<>(set.originalOf).entrySet()) {
            if (found.contains(copy.getKey())) {
                continue;
            }
            PreparedPerson a = finder.prepare(set.byId(copy.getValue()).orElseThrow());
            PreparedPerson b = finder.prepare(set.byId(copy.getKey()).orElseThrow());
            String line = String.format("- %s: %s %s %s / %s %s %s", set.kindOf.get(copy.getKey()), a.current().name().forenames(),
                    a.current().name().surname(), a.person().dateOfBirth(), b.current().name().forenames(),
                    b.current().name().surname(), b.person().dateOfBirth());
            if (!finder.blockedTogether(a, b)) {
                if (unblocked++ < 20) {
                    notBlocked.append(line).append('\n');
                }
            } else if (scoredBelow++ < 30) {
                PossiblePair pair = finder.score(a, b, weights);
                below.append(line).append(String.format(" evidence %.1f bits: %s%n", pair.evidence(), pair.explanation()));
            }
        }
        return String.format("%nMissed copies: %d never compared (no blocking rule), %d compared and scored below the"
                + " threshold.%n%nNever compared (first 20):%n%n%s%nScored below (first 30):%n%n%s", unblocked,
                set.originalOf.size() - found.size() - unblocked, notBlocked, below);
    }
}
