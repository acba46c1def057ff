package org.peelrms.nominal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peelrms.nominal.api.NameSearch;
import org.peelrms.nominal.api.PersonHit;
import org.peelrms.nominal.internal.matching.NameQuery;

/**
 * The search's quality on the development sets (dev: six classes of slip; dev2: all twelve, in the
 * scored evaluation's proportions), measured on the real engine: the population imported onto a real
 * Lucene index by the import's own reading of the file, and every query run by the server's own query
 * code, by both ways in: the structured search, and the search box with each query typed as the box
 * asks, "Surname Forenames dd/mm/yyyy". A person on file is in the top ten, nearly always first, by
 * either way; a name not on file brings up almost nothing.
 * <p>
 * In the build: the 100k population and every {@value #SAMPLE_DEFAULT}rd query (the classes keep
 * their proportions). All of them, or the 1M population (README, "Name-search evaluation"):
 * {@code -Dpeel.evaluation.sample=1 -Dpeel.evaluation.population=1m}; with
 * {@code -Dpeel.evaluation.index=<folder>} the index is kept there and used again by the next run;
 * {@code -Dpeel.evaluation.set=dev2} evaluates one set only.
 */
class DevelopmentSetEvaluationTest {
    static final int SAMPLE_DEFAULT = 3;
    private static final int SAMPLE = Integer.getInteger("peel.evaluation.sample", SAMPLE_DEFAULT);
    private static final String POPULATION = System.getProperty("peel.evaluation.population", "100k");
    private static final DateTimeFormatter AS_TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int LIMIT = NameSearch.DEFAULT_LIMIT;

    private static PeopleOnIndex index;

    @BeforeAll
    static void importThePopulation() {
        long started = System.nanoTime();
        String kept = System.getProperty("peel.evaluation.index", "");
        index = kept.isBlank() ? PeopleOnIndex.imported(DevelopmentSet.population(POPULATION))
                : PeopleOnIndex.kept(Path.of(kept), () -> DevelopmentSet.population(POPULATION));
        System.out.printf("Development population %s indexed in %.1f s%n", POPULATION, (System.nanoTime() - started) / 1e9);
    }

    @AfterAll
    static void dropTheIndex() {
        index.close();
    }

    /** What was asked, by the route: the structured search's fields, or the line typed into the box. */
    enum Route {
        STRUCTURED((people, query) -> people.find(new NameSearch(query.surname(), query.forenames(), query.dateOfBirth(),
                null, null, LIMIT))),
        BOX((people, query) -> people.find(typed(query), LIMIT));

        final BiFunction<PeopleOnIndex, NameQuery, List<PersonHit>> search;

        Route(BiFunction<PeopleOnIndex, NameQuery, List<PersonHit>> search) {
            this.search = search;
        }

        static String typed(NameQuery query) {
            return (query.surname() + " " + (query.forenames() == null ? "" : query.forenames()) + " "
                    + (query.dateOfBirth() == null ? "" : AS_TYPED.format(query.dateOfBirth()))).strip();
        }
    }

    /** What one route scored on one set. */
    record Score(double recallAt1, double recallAt10, double negativeMean, String report) {
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // set, recall@10 at least, recall@1 at least, negatives' mean results at most
        "dev,  0.99, 0.985, 0.5",
        "dev2, 0.98, 0.97, 0.5"})
    void findsThePersonOnFile_byEitherRoute_andReturnsLittleForNamesNotOnFile(String set, double recall10Floor,
            double recall1Floor, double negativeCeiling) {
        Assumptions.assumeTrue(System.getProperty("peel.evaluation.set", set).equals(set), "only -Dpeel.evaluation.set");
        Score structured = evaluate(set, Route.STRUCTURED);
        Score box = evaluate(set, Route.BOX);
        for (Score score : List.of(structured, box)) {
            assertThat(score.recallAt10()).as(score.report()).isGreaterThanOrEqualTo(recall10Floor);
            assertThat(score.recallAt1()).as(score.report()).isGreaterThanOrEqualTo(recall1Floor);
            assertThat(score.negativeMean()).as(score.report()).isLessThanOrEqualTo(negativeCeiling);
        }
        assertThat(box.recallAt10()).as("the box against the structured search").isCloseTo(structured.recallAt10(),
                Offset.offset(0.01));
    }

    private static Score evaluate(String set, Route route) {
        List<DevelopmentSet.Query> all = DevelopmentSet.queries(set, POPULATION);
        List<DevelopmentSet.Query> queries = IntStream.range(0, all.size()).filter(i -> i % SAMPLE == 0)
                .mapToObj(all::get).toList();
        boolean verbose = Boolean.getBoolean("peel.evaluation.verbose");
        int positives = 0;
        int first = 0;
        int topTen = 0;
        int negatives = 0;
        int negativeResults = 0;
        Map<String, int[]> byKind = new TreeMap<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        for (DevelopmentSet.Query query : queries) {
            List<PersonHit> hits = route.search.apply(index, query.query());
            if (query.expectedRef().isEmpty()) {
                negatives++;
                negativeResults += hits.size();
                if (!hits.isEmpty() && verbose) {
                    System.out.println("NEGATIVE " + route + " " + query + " -> " + describe(hits));
                }
                continue;
            }
            positives++;
            int[] kind = byKind.computeIfAbsent(query.kind(), any -> new int[2]);
            kind[1]++;
            if (hits.stream().anyMatch(hit -> hit.reference().equals(query.expectedRef()))) {
                topTen++;
                kind[0]++;
            } else if (verbose) {
                System.out.println("MISSED " + route + " " + query + " -> " + describe(hits));
            }
            if (!hits.isEmpty() && hits.get(0).reference().equals(query.expectedRef())) {
                first++;
            }
        }
        double millis = (System.nanoTime() - started) / 1e6 / queries.size();
        // The searching thread's own CPU time: what a search costs, whatever else the machine is doing.
        double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e6 / queries.size();
        double recallAt1 = (double) first / positives;
        double recallAt10 = (double) topTen / positives;
        double negativeMean = (double) negativeResults / negatives;
        StringBuilder report = new StringBuilder(String.format(
                "%d queries (1 in %d), recall@1 %.4f, recall@10 %.4f, negatives' mean results %.3f, %.1f ms a search"
                + " (%.2f ms of CPU);", queries.size(), SAMPLE, recallAt1, recallAt10, negativeMean, millis, cpuMillis));
        byKind.forEach((kind, counts) -> report.append(String.format(" %s %.3f (%d/%d)", kind,
                (double) counts[0] / counts[1], counts[0], counts[1])));
        System.out.println("Development set " + set + " (" + POPULATION + ", real index), " + route + ": " + report);
        return new Score(recallAt1, recallAt10, negativeMean, set + " " + route + ": " + report);
    }

    private static List<String> describe(List<PersonHit> hits) {
        return hits.stream().limit(3).map(hit -> hit.reference() + " " + hit.score() + " " + hit.explanation()).toList();
    }
}
