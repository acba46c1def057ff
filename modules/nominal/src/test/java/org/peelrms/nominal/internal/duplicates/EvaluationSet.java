package org.peelrms.nominal.internal.duplicates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.peelrms.nominal.internal.matching.RecordedName;

/**
 * The duplicate finder's evaluation set: the development population of the name search, plus a perturbed
 * copy of a known sample of its people, one for each query of the {@code dev2} set (every kind of slip the
 * name search is tested on: typo, phonetic, nickname, swapped, date of birth, transliteration, accents,
 * double-barrelled, alias, no forename, two errors) and its negatives (people not on file, whose copies
 * have no original). The key says which copy is whose.
 */
final class EvaluationSet {
    final List<PersonOnFile> people = new ArrayList<>();
    /** Copy id → the id of the person it copies (absent for a negative). */
    final Map<Long, Long> originalOf = new HashMap<>();
    /** Copy id → its kind of slip. */
    final Map<Long, String> kindOf = new HashMap<>();
    final long populationSize;

    static Path folder() {
        return Path.of(System.getProperty("peel.namesearch.data", "../../../shared/data/namesearch"));
    }

    /**
     * @param population the population file (.csv or .csv.gz)
     * @param queries, key the dev2 files whose queries become the copies
     * @param keep       which people of the population to keep (by index), for a small sample
     */
    EvaluationSet(Path population, Path queries, Path key, Predicate<Long> keep) {
        this(population, queries, key, keep, null);
    }

    /** Only the people of the population that the copies copy (for learning from the key alone). */
    static EvaluationSet originalsOnly(Path population, Path queries, Path key) {
        java.util.Set<String> refs = new java.util.HashSet<>();
        for (String[] row : rows(key)) {
            if (row.length > 2 && !row[2].isEmpty()) {
                refs.add(row[2]);
            }
        }
        return new EvaluationSet(population, queries, key, id -> false, refs);
    }

    private EvaluationSet(Path population, Path queries, Path key, Predicate<Long> keep, java.util.Set<String> refs) {
        Map<String, Long> idOf = new HashMap<>();
        Map<Object, Object> shared = new HashMap<>();
        long[] index = {0};
        forEachRow(population, row -> {
            long id = index[0]++;
            if (refs == null ? !keep.test(id) : !refs.contains(row[0])) {
                return;
            }
            LocalDate born = once(shared, date(row[3]));
            List<RecordedName> names = new ArrayList<>(1);
            names.add(new RecordedName("current name", once(shared, row[2]), once(shared, row[1]), born));
            if (row.length > 5 && !row[5].isBlank()) {
                for (String alias : row[5].split("\\|")) {
                    int space = alias.strip().lastIndexOf(' ');
                    names.add(new RecordedName("alias '" + alias.strip() + "'", once(shared, space < 0 ? "" : alias.strip().substring(0, space)),
                            once(shared, alias.strip().substring(space + 1)), born));
                }
            }
            people.add(new PersonOnFile(id, row[0], List.copyOf(names), born, once(shared, row[4])));
            idOf.put(row[0], id);
        });
        populationSize = people.size();
        Map<String, String[]> answers = new LinkedHashMap<>();
        for (String[] row : rows(key)) {
            answers.put(row[0], row);
        }
        long copyId = 100_000_000L;
        for (String[] row : rows(queries)) {
            String[] answer = answers.get(row[0]);
            String expected = answer.length > 2 ? answer[2] : "";
            if (!expected.isEmpty() && !idOf.containsKey(expected)) {
                continue;
            }
            if (expected.isEmpty() && !keep.test((long) Math.abs(row[0].hashCode()))) {
                continue;
            }
            LocalDate born = date(row.length > 3 ? row[3] : "");
            long id = copyId++;
            people.add(new PersonOnFile(id, "copy " + row[0], List.of(new RecordedName("current name", row.length > 2 ? row[2] : "",
                    row[1], born)), born, null));
            kindOf.put(id, answer[1]);
            if (!expected.isEmpty()) {
                originalOf.put(id, idOf.get(expected));
            }
        }
    }

    java.util.Optional<PersonOnFile> byId(long id) {
        if (byId == null) {
            byId = new HashMap<>();
            people.forEach(p -> byId.put(p.id(), p));
        }
        return java.util.Optional.ofNullable(byId.get(id));
    }

    private Map<Long, PersonOnFile> byId;

    boolean isCopy(long id) {
        return kindOf.containsKey(id);
    }

    /** True when the pair is in the key: a copy and its original, or two copies of one person. */
    boolean inKey(PossiblePair pair) {
        Long a = originalOf.getOrDefault(pair.firstId(), isCopy(pair.firstId()) ? null : pair.firstId());
        Long b = originalOf.getOrDefault(pair.secondId(), isCopy(pair.secondId()) ? null : pair.secondId());
        return a != null && a.equals(b);
    }

    private static List<String[]> rows(Path csv) {
        List<String[]> rows = new ArrayList<>();
        forEachRow(csv, rows::add);
        return rows;
    }

    /** Each row of the file in turn, not all of them at once (a million rows are a gigabyte of heap). */
    private static void forEachRow(Path csv, java.util.function.Consumer<String[]> each) {
        try (InputStream raw = Files.newInputStream(csv);
                InputStream in = csv.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                each.accept(line.split(",", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + csv.toAbsolutePath(), e);
        }
    }

    /** One copy of each name and date for everyone who has it, as the server's PeopleForMatching keeps them. */
    @SuppressWarnings("unchecked")
    private static <T> T once(Map<Object, Object> shared, T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
