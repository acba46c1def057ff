package org.peelrms.nominal.internal.duplicates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        DuplicateFinder finder = new DuplicateFinder(NameVariants.shipped(), MatchWeights.shippedM(), DuplicateFinder.THRESHOLD);
        long started = System.nanoTime();
        DuplicateFinder.Outcome outcome = finder.find(set.people, done -> { });
        long millis = (System.nanoTime() - started) / 1_000_000;
        Evaluation evaluation = Evaluation.of(set, outcome, millis);
        String report = evaluation.report("Population " + size);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "duplicates-evaluation-" + size + ".md"), report, StandardCharsets.UTF_8);
        System.out.println(report);

        assertTrue(evaluation.recall() >= 0.90, "recall " + evaluation.recall() + " below 0.90\n" + report);
        assertTrue(evaluation.precision() >= 0.95, "precision " + evaluation.precision() + " below 0.95\n" + report);
    }
}
