package org.peelrms.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peelrms.it.Detentions;
import org.peelrms.server.EmbeddedDatabase;
import org.peelrms.server.WildFlyServer;

/**
 * The crash drill (issue 16): Peel on a durable embedded PostgreSQL, written to by three clients at once
 * (crime reports, custody record entries, one-person imports), while WildFly is killed with SIGKILL again and
 * again, and then while the PostgreSQL postmaster is. After each restart it checks what a force would ask:
 * is every write that was acknowledged (2xx) still there, does the search index hold every person the
 * database does, did a background job left running end with a status, and does the audit trail verify. Only
 * requests in flight may fail; the drill counts them. Results go to {@code docs/benchmarks/crash-drill.md}.
 *
 * <p>Run with {@code mvn -Pcrash-drill verify} (after {@code mvn install -DskipTests}); it uses its own ports
 * (8080, 9990 and 15432 moved by {@code peel.drill.port.offset}, 300 by default), so it can run beside a Peel.
 */
public final class CrashDrill {
    static final int OFFSET = Integer.getInteger("peel.drill.port.offset", 300);
    static final int KILLS = Integer.getInteger("peel.drill.kills", 5);
    static final Duration LOAD = Duration.ofSeconds(Integer.getInteger("peel.drill.seconds", 12));
    static final Duration START_LIMIT = Duration.ofMinutes(10);
    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String management;
    private final Ledger ledger = new Ledger();
    private long record;

    private CrashDrill(WildFlyServer server) {
        this.base = server.peelUrl();
        this.management = server.managementUrl();
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("peel.wildfly.home"));
        Path ear = Path.of(System.getProperty("peel.ear"));
        Path work = Path.of(System.getProperty("peel.drill.work"));
        Path report = Path.of(System.getProperty("peel.drill.report"));
        NameSearchBenchmark.deleteTree(work);
        Path dataFolder = work.resolve("postgres");
        int dbPort = 15432 + OFFSET;
        AtomicReference<EmbeddedDatabase> database = new AtomicReference<>(
                EmbeddedDatabase.start(dataFolder, dbPort, EmbeddedDatabase.Durability.DURABLE));
        Map<String, String> properties = PeelSettings.withDemoData(database.get(), work.resolve("index"), 300);
        WildFlyServer server = new WildFlyServer(home, work.resolve("server"), OFFSET);
        List<String> lines = new ArrayList<>();
        try {
            start(server, ear, properties);
            CrashDrill drill = new CrashDrill(server);
            drill.setUp();
            for (int kill = 1; kill <= KILLS; kill++) {
                Round round = drill.load(() -> server.kill());
                start(server, ear, properties);
                lines.add(drill.check("WildFly killed (SIGKILL) " + kill + " of " + KILLS, round));
                System.out.println(lines.get(lines.size() - 1));
            }
            Round round = drill.load(() -> {
                database.get().kill();
                drill.whileTheDatabaseIsDown();
                database.get().close(); // lets go of the folder's lock (its stop finds nothing to stop)
                database.set(restart(dataFolder, dbPort));
                drill.awaitWritesAgain();
            });
            lines.add(drill.check("PostgreSQL postmaster killed (SIGKILL), started again; WildFly not restarted", round));
            System.out.println(lines.get(lines.size() - 1));
            write(report, lines, drill);
        } finally {
            server.stop();
            database.get().close();
        }
    }

    private static void start(WildFlyServer server, Path ear, Map<String, String> properties)
            throws IOException, InterruptedException {
        server.start(ear, properties);
        server.awaitReady(START_LIMIT);
    }

    /** The database started again on its folder; a killed postmaster's backends may take a moment to go. */
    private static EmbeddedDatabase restart(Path dataFolder, int port) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            try {
                return EmbeddedDatabase.start(dataFolder, port, EmbeddedDatabase.Durability.DURABLE);
            } catch (IOException | RuntimeException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }

    /** The person whose custody record takes the entries. */
    private void setUp() throws Exception {
        String job = importPerson("DRILL-0,Crashworthy-Holme,Dominic,1981-05-05,M,");
        if (!job.contains("\"created\":1")) {
            throw new IllegalStateException("Could not put the detainee on file: " + job);
        }
        Matcher person = ID.matcher(get("officer", "api/v1/nominals?q=Crashworthy-Holme&limit=1").body());
        person.find();
        HttpResponse<String> booked = post("custody", "api/v1/custody/records", "application/json",
                Detentions.booking(Long.parseLong(person.group(1)), false, true, 60, "GENERAL"));
        if (booked.statusCode() != 201) {
            throw new IllegalStateException("Could not book the detainee in: " + booked.body());
        }
        Matcher id = Pattern.compile("\"id\":(\\d+),\"(?:level|markers|number)\"").matcher(booked.body());
        id.find();
        record = Long.parseLong(id.group(1));
    }

    /** Three writers at once for a while, then the blow; the writers stop once it has fallen. */
    private Round load(Blow blow) throws Exception {
        Round round = new Round();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Thread> writers = List.of(
                writer(writing, round, n -> {
                    HttpResponse<String> r = post("officer", "api/v1/crime/reports", "application/json",
                            "{\"method\":\"NON_EMERGENCY_CALL\",\"whatHappened\":\"Crash drill report " + n
                                    + "\",\"location\":\"Preston\",\"looksLikeCrime\":false}");
                    if (r.statusCode() == 201) {
                        Matcher id = ID.matcher(r.body());
                        id.find();
                        ledger.reports.add(Long.parseLong(id.group(1)));
                    }
                    return r.statusCode();
                }),
                writer(writing, round, n -> {
                    String text = "Crash drill note " + n;
                    HttpResponse<String> r = post("custody", "api/v1/custody/records/" + record + "/entries",
                            "application/json", "{\"kind\":\"NOTE\",\"text\":\"" + text + "\"}");
                    if (r.statusCode() == 201) {
                        ledger.notes.add(text);
                    }
                    return r.statusCode();
                }),
                writer(writing, round, n -> {
                    String surname = "Crashdrill" + letters(n);
                    String job = importPerson("DRILL-" + n + "," + surname + ",Ann,1980-01-01,F,");
                    if (job.contains("\"created\":1") && job.contains("\"status\":\"FINISHED\"")) {
                        ledger.people.add(surname);
                    }
                    return job.contains("\"status\":\"FINISHED\"") ? 200 : 0;
                }));
        writers.forEach(Thread::start);
        try {
            Thread.sleep(LOAD.toMillis());
            blow.fall();
        } finally {
            writing.set(false);
            for (Thread writer : writers) {
                writer.join(120_000);
            }
        }
        return round;
    }

    private Thread writer(AtomicBoolean writing, Round round, Write write) {
        Thread thread = new Thread(() -> {
            while (writing.get()) {
                long n = ledger.next.incrementAndGet();
                try {
                    int status = write.send(n);
                    round.answered.merge(status, 1L, Long::sum);
                } catch (IOException | RuntimeException e) {
                    round.failedInFlight.incrementAndGet();
                    pause();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "drill-writer");
        thread.setDaemon(true);
        return thread;
    }

    /** While the database is away: what do requests get? (503 with a message is the answer wanted.) */
    private void whileTheDatabaseIsDown() throws InterruptedException {
        Instant until = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(until)) {
            try {
                HttpResponse<String> r = get("officer", "api/v1/crime/reports?list=open");
                ledger.whileDown.merge(r.statusCode(), 1L, Long::sum);
            } catch (IOException e) {
                ledger.whileDown.merge(0, 1L, Long::sum);
            }
            Thread.sleep(500);
        }
    }

    /** After the database is back: writes succeed again, with no restart of WildFly. */
    private void awaitWritesAgain() throws Exception {
        Instant start = Instant.now();
        Instant deadline = start.plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (post("officer", "api/v1/crime/reports", "application/json", "{\"method\":\"NON_EMERGENCY_CALL\","
                        + "\"whatHappened\":\"After the database came back\",\"location\":\"Preston\"}").statusCode() == 201) {
                    ledger.recoveredAfter = Duration.between(start, Instant.now());
                    return;
                }
            } catch (IOException e) {
                // still away
            }
            Thread.sleep(500);
        }
    }

    /** After a restart: every acknowledged write is there; the index, the jobs and the chain are sound. */
    private String check(String what, Round round) throws Exception {
        long lostReports = ledger.reports.stream().filter(id -> {
            try {
                return get("officer", "api/v1/crime/reports/" + id).statusCode() != 200;
            } catch (Exception e) {
                return true;
            }
        }).count();
        String custodyRecord = get("custody", "api/v1/custody/records/" + record).body();
        long lostNotes = ledger.notes.stream().filter(text -> !custodyRecord.contains(text)).count();
        long unfound = ledger.people.stream().filter(surname -> {
            try {
                return !get("officer", "api/v1/nominals?q=" + surname + "&limit=5").body().contains(surname.toUpperCase());
            } catch (Exception e) {
                return true;
            }
        }).count();
        long stuckJobs = stillRunning();
        Instant jobsDeadline = Instant.now().plusSeconds(90);
        while (stuckJobs > 0 && Instant.now().isBefore(jobsDeadline)) {
            Thread.sleep(1000);
            stuckJobs = stillRunning();
        }
        String ready = client.send(HttpRequest.newBuilder(URI.create(management + "health/ready")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String chain = sealedChain();
        ledger.lost += lostReports + lostNotes + unfound;
        return "| " + what + " | " + round.answered + " | " + round.failedInFlight + " | " + ledger.reports.size() + "/"
                + lostReports + " | " + ledger.notes.size() + "/" + lostNotes + " | " + ledger.people.size() + "/" + unfound
                + " | " + stuckJobs + " | " + (ready.contains("\"status\":\"UP\"") ? "ready" : "NOT READY: " + ready)
                + " | " + (chain.contains("\"intact\":true") ? "intact" : "BROKEN: " + chain) + " |";
    }

    /** Import jobs still RUNNING: a job whose server died is ended FAILED within a minute of the restart. */
    private long stillRunning() {
        return ledger.jobs.stream().filter(job -> {
            try {
                return get("admin", job).body().contains("\"status\":\"RUNNING\"");
            } catch (Exception e) {
                return true;
            }
        }).count();
    }

    /** The chain report once the sealer has caught up (it seals every half second), or as it stands after 30 s. */
    private String sealedChain() throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        String chain = get("auditor", "api/v1/audit/chain").body();
        while (!chain.contains("\"unsealed\":0") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            chain = get("auditor", "api/v1/audit/chain").body();
        }
        return chain;
    }

    private String importPerson(String row) throws IOException, InterruptedException {
        HttpResponse<String> started = post("admin", "api/v1/nominals/import", "text/csv",
                "ref,surname,forenames,dob,sex,aliases\n" + row + "\n");
        if (started.statusCode() != 202) {
            return started.body();
        }
        String job = started.headers().firstValue("Location").orElseThrow();
        String path = job.substring(job.indexOf("api/v1/"));
        ledger.jobs.add(path);
        Instant deadline = Instant.now().plusSeconds(30);
        String status = get("admin", path).body();
        while (status.contains("\"status\":\"RUNNING\"") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = get("admin", path).body();
        }
        return status;
    }

    private HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return client.send(signedIn(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String user, String path, String type, String body)
            throws IOException, InterruptedException {
        return client.send(signedIn(user, path).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder signedIn(String user, String path) {
        String password = "peel-demo-" + user;
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private static String letters(long n) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(Path report, List<String> lines, CrashDrill drill) throws IOException {
        StringBuilder md = new StringBuilder("""
                # Crash drill

                Written by `mvn -Pcrash-drill verify` (`ear/src/test/java/org/peelrms/benchmark/CrashDrill.java`) on %s.
                Peel on an embedded PostgreSQL with fsync and synchronous commit on (as the run command starts it), with
                demo data; three clients write at once for %d s (crime reports, notes on one custody record, one-person
                imports, each import waited for), then WildFly's JVM is killed with SIGKILL and started again, %d times;
                then the PostgreSQL postmaster is killed under the same load and started again while WildFly keeps running.

                After each restart: every acknowledged write is read back (acknowledged/lost, counted over the whole
                drill); every person an acknowledged import created is found by the name search (so the index holds
                them); no import job is left `RUNNING`; readiness is up; the audit trail verifies once the sealer has
                caught up. Requests in flight when the blow fell may fail: they are counted, never acknowledged.

                | blow | answers by status (0: no answer) | failed in flight | reports acknowledged/lost | notes acknowledged/lost | people imported/not found | jobs still RUNNING 90 s after | readiness | audit trail |
                |---|---|---|---|---|---|---|---|---|
                """.formatted(LocalDateTime.now().withNano(0), LOAD.toSeconds(), KILLS));
        lines.forEach(line -> md.append(line).append('\n'));
        md.append("""

                **Lost acknowledged writes: %d.** While the database was down, requests got (status: count, 0 is no
                answer): %s. Writes succeeded again %s after the database was started again, without restarting
                WildFly.
                """.formatted(drill.ledger.lost, drill.ledger.whileDown, drill.ledger.recoveredAfter == null
                ? "NOT within two minutes" : drill.ledger.recoveredAfter.toMillis() + " ms"));
        Files.createDirectories(report.getParent());
        Files.writeString(report, md);
        System.out.println(md);
    }

    @FunctionalInterface
    interface Blow {
        void fall() throws Exception;
    }

    @FunctionalInterface
    interface Write {
        int send(long n) throws IOException, InterruptedException;
    }

    /** What one round's clients were answered. */
    static final class Round {
        final Map<Integer, Long> answered = new ConcurrentHashMap<>();
        final AtomicLong failedInFlight = new AtomicLong();
    }

    /** Every acknowledged write of the whole drill, to be read back after each blow. */
    static final class Ledger {
        final AtomicLong next = new AtomicLong();
        final Queue<Long> reports = new ConcurrentLinkedQueue<>();
        final Queue<String> notes = new ConcurrentLinkedQueue<>();
        final Queue<String> people = new ConcurrentLinkedQueue<>();
        final Queue<String> jobs = new ConcurrentLinkedQueue<>();
        final Map<Integer, Long> whileDown = new ConcurrentHashMap<>();
        long lost;
        Duration recoveredAfter;
    }
}
