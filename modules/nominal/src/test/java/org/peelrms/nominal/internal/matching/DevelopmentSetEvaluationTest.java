package org.peelrms.nominal.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The search's quality on the 100k development sets (dev: six classes of slip; dev2: all twelve, in
 * the scored evaluation's proportions), through the same keys and scores the search uses (in memory
 * here; the REST benchmark measures the real thing), and by both ways in: the structured search, and
 * the search box with each query typed as the box asks, "Surname Forenames dd/mm/yyyy". A person on
 * file is in the top ten, nearly always first, by either way; a name not on file brings up almost nothing.
 */
class DevelopmentSetEvaluationTest {
    static final int CANDIDATES = NameSearchCalibration.CANDIDATES;
    static final double CUT_OFF = NameSearchCalibration.CUT_OFF;
    private static final DateTimeFormatter AS_TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static InMemoryIndex index;

    @BeforeAll
    static void load() {
        index = new InMemoryIndex(NameVariants.shipped());
        DevelopmentSet.population(DevelopmentSet.folder().resolve("population-100k.csv")).forEach(index::add);
    }

    /** What was asked, by the route: the structured search's fields, or the line typed into the box. */
    enum Route {
        STRUCTURED(query -> List.of(query)),
        BOX(query -> NameReadings.of(typed(query), TODAY).queries());

        final Function<NameQuery, List<NameQuery>> readings;

        Route(Function<NameQuery, List<NameQuery>> readings) {
            this.readings = readings;
        }

        static String typed(NameQuery query) {
            return (query.surname() + " " + (query.forenames() == null ? "" : query.forenames()) + " "
                    + (query.dateOfBirth() == null ? "" : AS_TYPED.format(query.dateOfBirth()))).strip();
        }
    }

    @ParameterizedTest(name = "{0} through the {1} route")
    @CsvSource({
        // set, route, recall@10 at least, recall@1 at least, negatives' mean results at most
        "dev,  STRUCTURED, 0.99, 0.95, 1.0",
        "dev,  BOX,        0.99, 0.95, 1.0",
        "dev2, STRUCTURED, 0.97, 0.93, 1.0",
        "dev2, BOX,        0.97, 0.93, 1.0"})
    void findsThePersonOnFile_andReturnsLittleForNamesNotOnFile(String set, Route route, double recall10Floor,
            double recall1Floor, double negativeCeiling) {
        Path folder = DevelopmentSet.folder();
        List<DevelopmentSet.Query> queries = DevelopmentSet.queries(folder.resolve(set + "-queries-100k.csv"),
                folder.resolve(set + "-key-100k.csv"));
        int positives = 0;
        int first = 0;
        int topTen = 0;
        int negatives = 0;
        int negativeResults = 0;
        Map<String, int[]> byKind = new TreeMap<>();
        for (DevelopmentSet.Query query : queries) {
            List<InMemoryIndex.Hit> hits = index.search(route.readings.apply(query.query()), CANDIDATES, CUT_OFF, 10);
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
                System.out.println("MISSED " + route + " " + query + " -> " + hits.stream().limit(3).map(h -> h.ref() + " "
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
        byKind.forEach((kind, counts) -> report.append(String.format(" %s %.3f (%d/%d)", kind,
                (double) counts[0] / counts[1], counts[0], counts[1])));
        System.out.println("Development set " + set + " (100k, in memory), " + route + ": " + report);

        assertThat(recallAt10).as(report.toString()).isGreaterThanOrEqualTo(recall10Floor);
        assertThat(recallAt1).as(report.toString()).isGreaterThanOrEqualTo(recall1Floor);
        assertThat(negativeMean).as(report.toString()).isLessThanOrEqualTo(negativeCeiling);
    }
}
