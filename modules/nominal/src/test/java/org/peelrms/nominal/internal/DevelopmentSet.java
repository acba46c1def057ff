package org.peelrms.nominal.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.peelrms.nominal.internal.matching.NameQuery;

/**
 * The name-search development sets in shared/data/namesearch (population, queries, answers), read
 * as the files' README describes. Its folder comes from -Dpeel.namesearch.data, set by the build.
 */
final class DevelopmentSet {
    record Query(String qid, NameQuery query, String kind, String expectedRef, String detail) {
    }

    private DevelopmentSet() {
    }

    static Path folder() {
        return Path.of(System.getProperty("peel.namesearch.data", "../../../shared/data/namesearch"));
    }

    /** The population file's lines, header first: the import format itself ({@code population-<size>.csv[.gz]}). */
    static List<String> population(String size) {
        Path plain = folder().resolve("population-" + size + ".csv");
        Path packed = folder().resolve("population-" + size + ".csv.gz");
        try (InputStream in = Files.exists(plain) ? Files.newInputStream(plain)
                : new GZIPInputStream(Files.newInputStream(packed), 1 << 16);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the development population at " + plain.toAbsolutePath(), e);
        }
    }

    /** The queries of a set ("dev", "dev2") for a population size ("100k", "1m"), with their answers. */
    static List<Query> queries(String set, String size) {
        Map<String, String[]> answers = new LinkedHashMap<>();
        for (String[] row : rows(folder().resolve(set + "-key-" + size + ".csv"))) {
            answers.put(row[0], row);
        }
        return rows(folder().resolve(set + "-queries-" + size + ".csv")).stream().map(row -> {
            String[] answer = answers.get(row[0]);
            return new Query(row[0], new NameQuery(row[1], row.length > 2 ? row[2] : "", date(row.length > 3 ? row[3] : "")),
                    answer[1], answer.length > 2 ? answer[2] : "", answer.length > 3 ? answer[3] : "");
        }).toList();
    }

    private static List<String[]> rows(Path csv) {
        try {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            return lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the development set at " + csv.toAbsolutePath(), e);
        }
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
