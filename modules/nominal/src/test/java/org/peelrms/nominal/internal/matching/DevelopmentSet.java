package org.peelrms.nominal.internal.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The name-search development set in shared/data/namesearch (population, queries, answers), read
 * as the files' README describes. Its folder comes from -Dpeel.namesearch.data, set by the build.
 */
final class DevelopmentSet {
    record Query(String qid, NameQuery query, String kind, String expectedRef, String detail) {
    }

    static Path folder() {
        return Path.of(System.getProperty("peel.namesearch.data", "../../../shared/data/namesearch"));
    }

    /** The population: each person with their current name first, then their aliases. */
    static List<InMemoryIndex.Person> population(Path csv) {
        List<InMemoryIndex.Person> people = new ArrayList<>();
        for (String[] row : rows(csv)) {
            LocalDate born = date(row[3]);
            List<RecordedName> names = new ArrayList<>();
            names.add(new RecordedName("current name", row[2], row[1], born));
            if (row.length > 5 && !row[5].isBlank()) {
                for (String alias : row[5].split("\\|")) {
                    int space = alias.strip().lastIndexOf(' ');
                    String forenames = space < 0 ? "" : alias.strip().substring(0, space);
                    String surname = alias.strip().substring(space + 1);
                    names.add(new RecordedName("alias '" + alias.strip() + "'", forenames, surname, born));
                }
            }
            people.add(new InMemoryIndex.Person(row[0], names));
        }
        return people;
    }

    static List<Query> queries(Path queries, Path key) {
        Map<String, String[]> answers = new LinkedHashMap<>();
        for (String[] row : rows(key)) {
            answers.put(row[0], row);
        }
        List<Query> list = new ArrayList<>();
        for (String[] row : rows(queries)) {
            String[] answer = answers.get(row[0]);
            list.add(new Query(row[0], new NameQuery(row[1], row.length > 2 ? row[2] : "", date(row.length > 3 ? row[3] : "")),
                    answer[1], answer.length > 2 ? answer[2] : "", answer.length > 3 ? answer[3] : ""));
        }
        return list;
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
