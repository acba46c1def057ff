package org.peelrms.nominal.internal.duplicates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peelrms.nominal.internal.matching.NameVariants;

/**
 * The shipped m probabilities are what the labelled pairs say: the dev2 copies of the 1M development
 * population and their originals (a set apart from the 100k one the evaluation judges on). u and the
 * names' frequencies, which only choose through which names a pair agrees best, come from the 100k
 * population. The copies carry no sex: its m stays the shipped prior. Two rounds: the names chosen with the shipped m, then with the m learnt. The m learnt is
 * written to target/duplicate-m-probabilities.properties; when the comparison levels change, copy it over
 * src/main/resources/org/peelrms/nominal/duplicate-m-probabilities.properties.
 */
class MProbabilitiesTrainingTest {

    @Test
    void shippedMProbabilitiesAreTheLabelledPairsOwn() throws IOException {
        Path folder = EvaluationSet.folder();
        EvaluationSet labelled = EvaluationSet.originalsOnly(folder.resolve("population-1m.csv.gz"),
                folder.resolve("dev2-queries-1m.csv"), folder.resolve("dev2-key-1m.csv"));
        EvaluationSet population = new EvaluationSet(folder.resolve("population-100k.csv"), folder.resolve("dev2-queries-100k.csv"),
                folder.resolve("dev2-key-100k.csv"), id -> true);
        Map<FieldLevel, Double> shipped = MatchWeights.shippedM();
        DuplicateFinder finder = new DuplicateFinder(NameVariants.shipped(), shipped);
        List<PreparedPerson> populationPeople = population.people.subList(0, (int) population.populationSize).stream()
                .map(finder::prepare).toList();
        Map<FieldLevel, Double> u = finder.weights(populationPeople).u();
        Map<FieldLevel, Double> m = shipped;
        for (int round = 0; round < 2; round++) {
            MatchWeights weights = new MatchWeights(m, u, frequencies(populationPeople));
            List<Comparison> samePerson = new ArrayList<>();
            for (Map.Entry<Long, Long> copy : labelled.originalOf.entrySet()) {
                samePerson.add(finder.bestComparison(finder.prepare(labelled.byId(copy.getKey()).orElseThrow()),
                        finder.prepare(labelled.byId(copy.getValue()).orElseThrow()), weights));
            }
            Map<FieldLevel, Double> learnt = new java.util.EnumMap<>(shipped);
            learnt.putAll(LabelledPairs.mProbabilities(samePerson));
            m = learnt;
        }
        StringBuilder file = new StringBuilder("# m probabilities of the duplicate finder's comparison levels, learnt by\n"
                + "# MProbabilitiesTrainingTest from the dev2 copies of the 1M development population (ADR 0043).\n");
        StringBuilder drift = new StringBuilder();
        for (FieldLevel level : FieldLevel.values()) {
            if (!level.missing()) {
                double learnt = m.get(level);
                file.append(String.format("%s=%.4f%n", level.name(), learnt));
                if (Math.abs(learnt - shipped.get(level)) > 0.005) {
                    drift.append(String.format("%s shipped %.4f, learnt %.4f%n", level, shipped.get(level), learnt));
                }
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "duplicate-m-probabilities.properties"), file, StandardCharsets.UTF_8);
        assertTrue(drift.isEmpty(), "The shipped m probabilities are not the labelled pairs' own (copy"
                + " target/duplicate-m-probabilities.properties over the shipped file):\n" + drift);
    }

    private static TermFrequencies frequencies(List<PreparedPerson> people) {
        TermFrequencies frequencies = new TermFrequencies();
        people.forEach(person -> frequencies.add(person.current()));
        return frequencies;
    }

}
