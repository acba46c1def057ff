package org.peelrms.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peelrms.benchmark.NameSearchBenchmark.Query;

/**
 * The {@code demo} data set: the population is the one Peel's own demo generator makes at start-up
 * ({@code peel.demo.persons}, the nominal module's DemoPeople), not a file. The benchmark reads the
 * generated people back from its own PostgreSQL (the nominal module's tables, as its Flyway migrations
 * define them: {@code nominal.person}, {@code nominal.person_name}) as the ground truth, and {@link DemoQueries} makes the
 * queries from them.
 */
final class DemoSet {
    static final String NAME = "demo";
    /** How many people to have generated: -Dpeel.benchmark.demo.size. */
    static final String SIZE_PROPERTY = "peel.benchmark.demo.size";
    static final int DEFAULT_SIZE = 100_000;
    /** The nominal module's schema (its ModuleSchema name; the Flyway migrations in db/migration/nominal). */
    private static final String SCHEMA = "nominal";

    /** A name a person has besides the current one: ALIAS, PREVIOUS, NICKNAME or MISSPELLING; dob null if none of its own. */
    record OtherName(String type, String surname, String forenames, LocalDate dob) {
    }

    record Person(String ref, String surname, String forenames, LocalDate dob, String sex, List<OtherName> otherNames) {
        String shown() {
            return (forenames == null ? "" : forenames + " ") + surname + " " + dob + " " + sex;
        }
    }

    /** What the demo generator made, and how long it took. */
    record Generation(int asked, long onFile, long otherNames, long indexed, double seconds, double readySeconds,
            double indexWaitSeconds) {
        double perSecond() {
            return seconds > 0 ? onFile / seconds : Double.NaN;
        }

        boolean complete() {
            return onFile == asked && indexed == asked;
        }
    }

    /** The generation's outcome and the queries made from the generated people. */
    record Prepared(Generation generation, List<Query> queries) {
    }

    private final int size;

    DemoSet(int size) {
        this.size = size;
    }

    static boolean is(String set) {
        return NAME.equals(set);
    }

    int size() {
        return size;
    }

    /**
     * The WildFly system properties: Peel's demo generator makes the people at start-up (500 to 2,000 people
     * a second), and WildFly's management timeout, which its boot waits for deployments under (300 s by
     * default), is raised to match.
     */
    Map<String, String> serverProperties() {
        return Map.of("peel.demo.persons", String.valueOf(size),
                "jboss.as.management.blocking.timeout", String.valueOf(300 + size / 10));
    }

    /**
     * After Peel is ready (the generation runs during its start-up): waits until the search index holds
     * every generated person, reads the people back from the database, makes the queries and writes them
     * with their key to {@code queriesFile}.
     */
    Prepared afterStart(String jdbcUrl, String user, String password, LongSupplier indexed, Path serverLog,
            double readySeconds, Duration indexLimit, Path queriesFile) throws IOException, SQLException, InterruptedException {
        long t0 = System.nanoTime();
        long deadline = t0 + indexLimit.toNanos();
        long lastSaid = t0;
        long inIndex = indexed.getAsLong();
        while (inIndex != size && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            inIndex = indexed.getAsLong();
            if (System.nanoTime() - lastSaid > 15_000_000_000L) {
                lastSaid = System.nanoTime();
                NameSearchBenchmark.say("[demo]   the index holds " + inIndex + " of " + size + " people");
            }
        }
        double waited = (System.nanoTime() - t0) / 1e9;
        List<Person> people = readPopulation(jdbcUrl, user, password);
        long others = people.stream().mapToLong(p -> p.otherNames().size()).sum();
        Generation generation = new Generation(size, people.size(), others, inIndex, generationSeconds(serverLog),
                readySeconds, waited);
        NameSearchBenchmark.say("[demo] " + people.size() + " people on file with " + others + " other names, "
                + inIndex + " in the index; generated in " + generation.seconds() + " s (Peel's log)");
        if (!generation.complete()) {
            return new Prepared(generation, List.of());
        }
        List<Query> queries = DemoQueries.generate(people);
        write(queries, people, queriesFile);
        NameSearchBenchmark.say("[demo] " + queries.size() + " queries made (seed " + DemoQueries.SEED + "), written to "
                + queriesFile);
        return new Prepared(generation, queries);
    }

    static int sizeProperty() {
        String value = System.getProperty(SIZE_PROPERTY, "").strip();
        int size = value.isEmpty() ? DEFAULT_SIZE : Integer.parseInt(value.replace("_", ""));
        if (size <= 0) {
            throw new IllegalArgumentException(SIZE_PROPERTY + " must be positive: " + value);
        }
        return size;
    }

    /**
     * How long the generation took, from Peel's log ("Demo data: people loaded in N ms", PeelStartup), in
     * seconds; NaN when the line is not there.
     */
    static double generationSeconds(Path serverLog) throws IOException {
        if (!Files.exists(serverLog)) {
            return Double.NaN;
        }
        Pattern loaded = Pattern.compile("Demo data: people loaded in (\\d+) ms");
        double seconds = Double.NaN;
        for (String line : Files.readAllLines(serverLog, StandardCharsets.ISO_8859_1)) {
            Matcher m = loaded.matcher(line);
            if (m.find()) {
                seconds = Long.parseLong(m.group(1)) / 1000.0;
            }
        }
        return seconds;
    }

    /** The generated people with their other names (ended ones left out), in the order of their references. */
    static List<Person> readPopulation(String jdbcUrl, String user, String password) throws SQLException {
        Map<Long, List<OtherName>> otherNames = new HashMap<>();
        List<Person> people = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(10_000);
                try (ResultSet rows = statement.executeQuery("SELECT person_id, name_type, surname, forenames, date_of_birth"
                        + " FROM " + SCHEMA + ".person_name WHERE ended_at IS NULL ORDER BY id")) {
                    while (rows.next()) {
                        otherNames.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(new OtherName(
                                rows.getString(2), rows.getString(3), rows.getString(4), date(rows, 5)));
                    }
                }
                Map<Long, Person> byId = new LinkedHashMap<>();
                try (ResultSet rows = statement.executeQuery("SELECT id, reference, surname, forenames, date_of_birth, sex"
                        + " FROM " + SCHEMA + ".person ORDER BY reference")) {
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        byId.put(id, new Person(rows.getString(2), rows.getString(3), rows.getString(4), date(rows, 5),
                                rows.getString(6), List.copyOf(otherNames.getOrDefault(id, List.of()))));
                    }
                }
                people.addAll(byId.values());
            }
            connection.rollback();
        }
        return people;
    }

    private static LocalDate date(ResultSet rows, int column) throws SQLException {
        java.sql.Date date = rows.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** The queries and their key in one file, for inspection: ear/target/benchmark/demo-queries.csv. */
    static void write(List<Query> queries, List<Person> people, Path file) throws IOException {
        Map<String, Person> byRef = new HashMap<>();
        people.forEach(p -> byRef.put(p.ref(), p));
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("qid,surname,forenames,dob,class,expected_ref,detail,expected_person\n");
            for (Query q : queries) {
                Person expected = byRef.get(q.expected());
                out.write(String.join(",", csv(q.qid()), csv(q.surname()), csv(q.forenames()), csv(q.dob()), csv(q.kind()),
                        csv(q.expected()), csv(q.detail()), csv(expected == null ? "" : expected.shown()
                                + expected.otherNames().stream().map(o -> " / " + o.type() + " " + o.forenames() + " "
                                        + o.surname()).reduce("", String::concat))));
                out.write('\n');
            }
        }
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
