package org.peelrms.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.peelrms.benchmark.AuditAppendWriters.GroupedWriter;
import org.peelrms.benchmark.AuditAppendWriters.Ids;
import org.peelrms.benchmark.AuditAppendWriters.LockingWriter;
import org.peelrms.benchmark.AuditAppendWriters.UnsealedWriter;
import org.peelrms.benchmark.AuditAppendWriters.Writer;
import org.peelrms.audit.internal.AuditAppender;
import org.peelrms.audit.internal.GroupCommit;
import org.peelrms.server.EmbeddedDatabase;

/**
 * Audit appends per second with the old chain-head lock (ADR 0017) and with the sealer (ADR 0029), in the
 * same run, against one embedded PostgreSQL 17 (issue 15, item 6). JDBC-level: it issues the statements
 * Peel's audit module issues for one entry (a search's entry with three result ids), not the rest of a
 * request, so it measures the audit trail's own ceiling.
 *
 * <ul>
 * <li><b>Old</b>: schema {@code audit_lock} at migration V3 (the tables the old writer used): in one
 *     transaction, lock the chain head ({@code SELECT … FOR UPDATE}), hash the entry, insert it sealed with
 *     its result ids, move the head on, commit.</li>
 * <li><b>New</b>: schema {@code audit} at the newest migration: insert the entry unsealed with its result
 *     ids, commit (a record's change, in its caller's transaction); or, with group commit (ADR 0056, a search's
 *     entry), hand it to Peel's own {@link GroupCommit}, which inserts the entries that arrived meanwhile and
 *     commits once for all of them on a connection of its own; meanwhile one sealer thread, every 500 ms, seals what has committed, as
 *     {@code ChainSealing} does (advisory lock, head lock, a batch of up to 1,000 in insertion order, each
 *     hashed and updated, the head moved on, a tree head written). The sealer here is a JDBC stand-in
 *     issuing the same statements (the real one is an EJB); it takes no gap hold-back.</li>
 * </ul>
 *
 * <p>Eight writer threads, each with its own connection, for a warm-up and then a measured period, for each
 * protocol, first with {@code fsync} and {@code synchronous_commit} on (a production server: each commit waits
 * for its WAL to reach the disk) and then off (the embedded test database's fast settings: nothing waits for
 * the disk), each on a fresh embedded server of its own (the paced run on the first). Ids come from the entry sequence fifty at
 * a time, as Hibernate takes them. Run with {@code mvn -B -ntp -Paudit-benchmark verify -pl ear} after an
 * install; writes {@code docs/benchmarks/audit-appends.md}.
 */
public final class AuditAppendBenchmark {
    static final int THREADS = Integer.getInteger("peel.benchmark.threads", 8);
    static final Duration WARM_UP = Duration.ofSeconds(5);
    static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("peel.benchmark.seconds", 20));
    /** The paced run: eight times the name search's target of 120 searches a second, each with its entry. */
    static final int PACE = 1000;

    /** Each way's delay of the network run (a round trip of about 0.2 ms: a database on a machine of its own). */
    static final long NETWORK_DELAY_MICROS = 100;
    /** Writers of the runs with more: the requests of a cluster's nodes at once, more than one node's eight. */
    static final int MANY_WRITERS = 32;

    /** Where a run's writers reach the database, and how many there are. */
    record Setup(String url, String synchronousCommit, int writers, String database) {
    }

    record Result(String protocol, Setup setup, long appends, double seconds, String sealing) {
        String synchronousCommit() {
            return setup.synchronousCommit();
        }

        double perSecond() {
            return appends / seconds;
        }
    }

    private AuditAppendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(System.getProperty("peel.benchmark.work", "target/benchmark"), "audit-appends-postgres");
        Path report = Path.of(System.getProperty("peel.benchmark.report", "audit-appends.md"));
        NameSearchBenchmark.deleteTree(work);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<Result> results = new ArrayList<>();
        String version = "";
        for (String durable : List.of("on", "off")) {
            try (EmbeddedPostgres database = server(work.resolve("fsync-" + durable), durable)) {
                String url = database.getJdbcUrl(EmbeddedDatabase.USER, EmbeddedDatabase.USER);
                migrate(url, "audit_lock", "3");
                migrate(url, "audit", null);
                try (Connection db = connect(url, durable); Statement sql = db.createStatement();
                        ResultSet v = sql.executeQuery("SELECT current_setting('server_version'), current_setting('fsync')")) {
                    v.next();
                    version = v.getString(1);
                    if (!v.getString(2).equals(durable)) {
                        throw new IllegalStateException("fsync is " + v.getString(2) + ", not " + durable);
                    }
                }
                Setup local = new Setup(url, durable, THREADS, "same machine");
                results.addAll(everyProtocol(local));
                if (durable.equals("on")) {
                    results.add(run(local, Protocol.UNSEALED, PACE));
                    results.addAll(everyProtocol(new Setup(url, durable, MANY_WRITERS, "same machine")));
                    try (NetworkDelay network = new NetworkDelay(database.getPort(), NETWORK_DELAY_MICROS)) {
                        String across = url.replace(":" + database.getPort() + "/", ":" + network.port() + "/");
                        String where = String.format(Locale.ROOT, "across a network, round trip %.2f ms",
                                roundTripMillis(across));
                        for (int writers : new int[] {THREADS, MANY_WRITERS}) {
                            results.addAll(everyProtocol(new Setup(across, durable, writers, where)));
                        }
                    }
                }
            }
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String text = report(results, version, loadBefore, loadAfter);
        System.out.println(text);
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, text);
        System.out.println("Written to " + report.toAbsolutePath());
    }

    private static void migrate(String url, String schema, String target) {
        var flyway = Flyway.configure(AuditAppendBenchmark.class.getClassLoader())
                .dataSource(url, EmbeddedDatabase.USER, "").schemas(schema).createSchemas(true)
                .locations("classpath:db/migration/audit");
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
    }

    /**
     * A fresh embedded PostgreSQL with {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} all
     * "on" (every commit waits for its WAL to reach the disk, as on a production server) or all "off" (the
     * embedded test database's fast settings). Started here rather than through EmbeddedDatabase, so that the
     * settings are exactly these whatever EmbeddedDatabase's defaults; each session also sets
     * {@code synchronous_commit}.
     */
    static EmbeddedPostgres server(Path folder, String durable) throws IOException {
        Files.createDirectories(folder.getParent());
        return EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(true)
                .setServerConfig("max_connections", "100").setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable).setServerConfig("full_page_writes", durable).start();
    }

    static Connection connect(String url, String synchronousCommit) throws SQLException {
        Connection db = DriverManager.getConnection(url, EmbeddedDatabase.USER, "");
        try (Statement sql = db.createStatement()) {
            sql.execute("SET synchronous_commit = " + synchronousCommit);
        }
        return db;
    }

    /** The median time of a {@code SELECT 1} on one connection: what one round trip to the database costs. */
    private static double roundTripMillis(String url) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, EmbeddedDatabase.USER, "");
                PreparedStatement ping = db.prepareStatement("SELECT 1")) {
            double[] millis = new double[400];
            for (int i = 0; i < millis.length; i++) {
                long t0 = System.nanoTime();
                ping.executeQuery().close();
                millis[i] = (System.nanoTime() - t0) / 1e6;
            }
            java.util.Arrays.sort(millis);
            return millis[millis.length / 2];
        }
    }

    /** How the entries are appended. */
    enum Protocol {
        LOCKING("old: chain-head row lock"),
        UNSEALED("new: unsealed insert, one sealer"),
        GROUPED("new: unsealed insert, group commit, one sealer");

        final String label;

        Protocol(String label) {
            this.label = label;
        }

        boolean sealer() {
            return this != LOCKING;
        }
    }

    /** The three protocols one after the other, each as fast as it can. */
    private static List<Result> everyProtocol(Setup setup) throws Exception {
        List<Result> results = new ArrayList<>();
        for (Protocol protocol : Protocol.values()) {
            results.add(run(setup, protocol, 0));
        }
        return results;
    }

    /** One run; {@code pace} appends a second in all (0: as fast as they can). */
    private static Result run(Setup setup, Protocol protocol, int pace) throws Exception {
        String url = setup.url();
        String synchronousCommit = setup.synchronousCommit();
        int threads = setup.writers();
        boolean sealer = protocol.sealer();
        String schema = sealer ? "audit" : "audit_lock";
        Ids ids = new Ids(url, schema);
        AtomicBoolean counting = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        StandInSealer seal = sealer ? new StandInSealer(url, synchronousCommit, stop) : null;
        Future<?> sealerRunning = seal == null ? null : pool.submit(seal);
        GroupedWriter grouped = protocol == Protocol.GROUPED ? new GroupedWriter(url, synchronousCommit, schema) : null;
        Instant runStarted = Instant.now();
        List<Future<Long>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            writers.add(pool.submit(() -> {
                try (Connection db = connect(url, synchronousCommit)) {
                    Writer writer = switch (protocol) {
                        case LOCKING -> new LockingWriter(db, schema);
                        case UNSEALED -> new UnsealedWriter(db, schema);
                        case GROUPED -> grouped;
                    };
                    long counted = 0;
                    long n = 0;
                    long began = System.nanoTime();
                    long every = pace == 0 ? 0 : 1_000_000_000L * threads / pace;
                    while (!stop.get()) {
                        long due = began + n * every;
                        long early = due - System.nanoTime();
                        if (early > 0) {
                            Thread.sleep(early / 1_000_000, (int) (early % 1_000_000));
                        }
                        writer.append(ids.next(), "surname=Bench" + thread + "x" + n++ + "; forenames=Zed");
                        if (counting.get()) {
                            counted++;
                        }
                    }
                    return counted;
                }
            }));
        }
        Thread.sleep(WARM_UP.toMillis());
        long started = System.nanoTime();
        counting.set(true);
        Thread.sleep(MEASURED.toMillis());
        counting.set(false);
        double seconds = (System.nanoTime() - started) / 1e9;
        long appends = 0;
        stop.set(true);
        for (Future<Long> writer : writers) {
            appends += writer.get();
        }
        String sealing = "";
        if (sealerRunning != null) {
            sealerRunning.get();
            sealing = seal.drainedAndChecked(runStarted);
        }
        pool.shutdown();
        ids.close();
        if (grouped != null) {
            grouped.close();
        }
        Result result = new Result(protocol.label + (pace == 0 ? "" : ", paced at " + pace + "/s"), setup, appends,
                seconds, sealing);
        System.out.printf(Locale.ROOT, "%s, fsync and synchronous_commit %s, %s, %d writers: %.0f appends/s %s%n",
                result.protocol(), synchronousCommit, setup.database(), threads, result.perSecond(), sealing);
        return result;
    }


    private static String report(List<Result> results, String version, double loadBefore, double loadAfter) {
        StringBuilder text = new StringBuilder();
        text.append("# Audit appends per second: the chain-head lock and the sealer\n\n");
        text.append("Measured ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append(" by `AuditAppendBenchmark` (`mvn -B -ntp -Paudit-benchmark verify -pl ear`, after an install)")
                .append(" on ").append(Runtime.getRuntime().availableProcessors()).append(" cores, PostgreSQL ")
                .append(version).append(" (embedded), Java ").append(System.getProperty("java.version"))
                .append(". Load average ").append(String.format(Locale.ROOT, "%.2f", loadBefore)).append(" before, ")
                .append(String.format(Locale.ROOT, "%.2f", loadAfter)).append(" after (other work on the machine")
                .append(" shares its cores).\n\n");
        text.append("Writer threads (").append(THREADS).append(" unless the table says otherwise), each with its own")
                .append(" connection, append a search's entry")
                .append(" (with three result ids) in a transaction of its own, as fast as they can, for ")
                .append(MEASURED.toSeconds()).append(" s after a ").append(WARM_UP.toSeconds())
                .append(" s warm-up. JDBC-level: the statements Peel's audit module issues, not a whole request")
                .append(" (see ADR 0029). The old protocol locks the chain head for each entry (ADR 0017); the new")
                .append(" one inserts unsealed while one sealer seals every 500 ms in batches of up to ")
                .append(StandInSealer.SEAL_BATCH).append("; with group commit (ADR 0056, what Peel does for a search's, a view's or a")
                .append(" sign-in's entry), each writer hands its entry to Peel's `GroupCommit`, which writes the entries")
                .append(" that arrived meanwhile in one transaction, at most ").append(AuditAppender.MOST)
                .append(" and at most ").append(AuditAppender.WRITERS).append(" such transactions at once, on")
                .append(" connections of their own, and the writer carries on once its entry is committed.")
                .append(" \"on\": `fsync` and `synchronous_commit` on, every commit waits for its")
                .append(" WAL to reach the disk, as on a production server; \"off\": both off, the embedded test")
                .append(" database's fast settings, nothing waits for the disk. \"Across a network\": the same server")
                .append(" reached through a relay in the benchmark that holds every packet ").append(NETWORK_DELAY_MICROS)
                .append(" µs each way (`NetworkDelay`), as a production database on a machine of its own is a fraction")
                .append(" of a millisecond away from the nodes; the round trip is a `SELECT 1`'s median through it.\n\n");
        text.append("| fsync, synchronous_commit | database | writers | protocol | appends | appends/s | new ÷ old |\n")
                .append("|---|---|---:|---|---:|---:|---:|\n");
        Result old = null;
        for (Result r : results) {
            if (r.protocol().startsWith("old")) {
                old = r;
            }
            String ratio = old != r && old != null && old.setup().equals(r.setup()) && !r.protocol().contains("paced")
                    ? String.format(Locale.ROOT, "%.1f×", r.perSecond() / old.perSecond()) : "";
            text.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %d | %.0f | %s |%n", r.synchronousCommit(),
                    r.setup().database(), r.setup().writers(), r.protocol(), r.appends(), r.perSecond(), ratio));
        }
        text.append("\nThe sealer, in each run of the new protocol:\n\n");
        for (Result r : results) {
            if (!r.sealing().isEmpty()) {
                text.append("- ").append(r.protocol()).append(", fsync and synchronous_commit ").append(r.synchronousCommit())
                        .append(", ").append(r.setup().database()).append(", ").append(r.setup().writers()).append(" writers")
                        .append(": ").append(r.sealing()).append(".\n");
            }
        }
        return text.toString();
    }
}
