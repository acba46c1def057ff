package org.peelrms.nominal.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The matcher's quality on the 100k development set, through the same keys and scores the search
 * uses (in memory here; the REST benchmark measures the real thing): a person on file is in the
 * top ten, nearly always first, and a name not on file brings up almost nothing.
 */
class DevelopmentSetEvaluationTest {
    static final int CANDIDATES = NameSearchCalibration.CANDIDATES;
    static final double CUT_OFF = NameSearchCalibration.CUT_OFF;

    private static InMemoryIndex index;
    private static List<DevelopmentSet.Query> queries;

    @BeforeAll
    static void load() {
        Path folder = DevelopmentSet.folder();
        index = new InMemoryIndex(NameVariants.shipped());
        DevelopmentSet.population(folder.resolve("population-100k.csv")).forEach(index::add);
        queries = DevelopmentSet.queries(folder.resolve("dev-queries-100k.csv"), folder.resolve("dev-key-100k.csv"));
    }

    @Test
    void findsThePersonOnFile_andReturnsLittleForNamesNotOnFile() {
        int positives = 0;
        int first = 0;
        int topTen = 0;
        int negatives = 0;
        int negativeResults = 0;
        Map<String, int[]> byKind = new TreeMap<>();
        for (DevelopmentSet.Query query : queries) {
            List<InMemoryIndex.Hit> hits = index.search(query.query(), CANDIDATES, CUT_OFF, 10);
            if (query.expectedRef().isEmpty()) {
                negatives++;
                negativeResults += hits.size();
                continue;
            }
            positives++;
            int[] kind = byKind.computeIfAbsent(query.kind(), any -> new int[2]);
            kind[1]++;
            boolean found = hits.stream().anyMatch(hit -> hit.ref().equals(query.expectedRef()));
            if (found) {
                topTen++;
                kind[0]++;
            } else if (Boolean.getBoolean("peel.evaluation.verbose")) {
                System.out.println("MISSED " + query + " -> " + hits.stream().limit(3).map(h -> h.ref() + " "
                        + String.format("%.3f", h.match().score()) + " " + h.match().explanation()).toList());
            }
            if (!hits.isEmpty() && hits.get(0).ref().equals(query.expectedRef())) {
                first++;
            }
        }
        double recallAt1 = (double) first / positives;
        double recallAt10 = (double) topTen / positives;
        double negativeMean = (double) negativeResults / negatives;
        StringBuilder report = new StringBuilder(String.format("recall@1 %.4f, recall@10 %.4f, negatives' mean results %.3f;",
                recallAt1, recallAt10, negativeMean));
        byKind.forEach((kind, counts) -> report.append(String.format(" %s %d/%d", kind, counts[0], counts[1])));
        System.out.println("Development set (100k, in memory): " + report);

        assertThat(recallAt10).as(report.toString()).isGreaterThanOrEqualTo(0.99);
        assertThat(recallAt1).as(report.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(negativeMean).as(report.toString()).isLessThanOrEqualTo(1.0);
    }
}
