package org.peelrms.benchmark;

import static org.peelrms.benchmark.NameSearchBenchmark.BACKEND;
import static org.peelrms.benchmark.NameSearchBenchmark.OFFSET;
import static org.peelrms.benchmark.NameSearchBenchmark.deleteTree;
import static org.peelrms.benchmark.NameSearchBenchmark.say;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peelrms.server.EmbeddedDatabase;
import org.peelrms.server.WildFlyServer;

/**
 * Peel as a benchmark measures it: a fresh embedded PostgreSQL and a fresh WildFly with Peel on the benchmark's
 * ports ({@code peel.benchmark.port.offset}), the search backend chosen ({@link BenchmarkBackend}), no demo people
 * (the demo accounts, to sign in with), in {@code <work>/postgres}, {@code server} and {@code index}. Closing it
 * stops both and keeps WildFly's log as {@code <work>/server-<set>.log}. Shared by the name-search and the
 * duplicate-finder benchmarks.
 */
final class PeelUnderBenchmark implements AutoCloseable {
    private final String set;
    private final Path work;
    private final EmbeddedDatabase database;
    private final WildFlyServer server;
    private final Path index;
    private final Thread stopOnExit;

    private PeelUnderBenchmark(String set, Path work, EmbeddedDatabase database, WildFlyServer server, Path index) {
        this.set = set;
        this.work = work;
        this.database = database;
        this.server = server;
        this.index = index;
        this.stopOnExit = new Thread(this::stop, "benchmark-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /**
     * Starts PostgreSQL and then WildFly with Peel, and returns without waiting for Peel to be ready
     * ({@link #awaitReady(Duration)}). {@code serverProperties} are given to Peel beside the database's.
     */
    static PeelUnderBenchmark launch(String set, Path work, Path wildflyHome, Path ear, Map<String, String> serverProperties)
            throws IOException, InterruptedException {
        refuseIfPortsTaken();
        Path postgres = work.resolve("postgres");
        Path serverBase = work.resolve("server");
        Path index = work.resolve("index");
        for (Path folder : List.of(postgres, serverBase, index, work.resolve("opensearch"))) {
            deleteTree(folder);
        }
        Files.createDirectories(work);
        say("[" + set + "] starting PostgreSQL in " + postgres);
        EmbeddedDatabase database = startDatabase(postgres);
        NameSearchBenchmark.Cpu.ourDatabase = postgres;
        PeelUnderBenchmark peel = new PeelUnderBenchmark(set, work, database,
                new WildFlyServer(wildflyHome, serverBase, OFFSET, BACKEND.serverConfig()), index);
        try {
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("peel.db.url", database.jdbcUrl());
            properties.put("peel.db.user", EmbeddedDatabase.USER);
            properties.put("peel.db.password", EmbeddedDatabase.USER);
            properties.put("peel.demo", "true");
            properties.put("peel.demo.persons", "0");
            properties.put("peel.index.directory", index.toString());
            say("[" + set + "] search backend: " + BACKEND.description());
            BACKEND.start(work, OFFSET, properties);
            properties.putAll(serverProperties);
            say("[" + set + "] starting WildFly with Peel (log: " + peel.log() + ")");
            peel.server.start(ear, properties);
            return peel;
        } catch (IOException | InterruptedException | RuntimeException e) {
            peel.close();
            throw e;
        }
    }

    EmbeddedDatabase database() {
        return database;
    }

    /** The search index's folder (Lucene). */
    Path index() {
        return index;
    }

    /** WildFly's log while it runs. */
    Path log() {
        return work.resolve("server/log/server.log");
    }

    /** Waits for readiness, but gives up at once when WildFly stops or reports that Peel failed to deploy. */
    void awaitReady(Duration limit) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        Path log = log();
        while (true) {
            try {
                server.awaitReady(Duration.ofSeconds(2));
                return;
            } catch (IllegalStateException notYet) {
                if (!notYet.getMessage().contains("not ready after") || System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
            if (Files.exists(log)) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
                if (lines.stream().anyMatch(l -> l.contains("WFLYSRV0026") || l.contains("WFLYCTL0013"))) {
                    String errors = lines.stream().filter(l -> l.contains("Caused by") || l.contains(" ERROR "))
                            .limit(8).map(l -> l.length() > 300 ? l.substring(0, 300) : l)
                            .collect(Collectors.joining("\n  "));
                    throw new IllegalStateException("Peel did not deploy (see " + log + "):\n  " + errors);
                }
            }
        }
    }

    /** Stops WildFly, the search backend and PostgreSQL, and keeps WildFly's log. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
        try {
            if (Files.exists(log())) {
                Files.copy(log(), work.resolve("server-" + set + ".log"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            say("Could not keep the server log: " + e);
        }
    }

    private void stop() {
        server.stop();
        BACKEND.stop();
        try {
            database.close();
        } catch (IOException | RuntimeException e) {
            System.out.println("The database did not stop cleanly: " + e);
        }
    }

    /** A fresh PostgreSQL; a start that times out (it waits 10 s, too little on a busy machine) is tried again. */
    private static EmbeddedDatabase startDatabase(Path folder) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return EmbeddedDatabase.start(folder, 0, EmbeddedDatabase.Durability.THROW_AWAY);
            } catch (IOException e) {
                if (attempt == 3) {
                    throw e;
                }
                say("PostgreSQL did not start (" + e.getMessage() + "); trying again");
                Thread.sleep(5000);
                deleteTree(folder);
            }
        }
    }

    private static void refuseIfPortsTaken() {
        for (int port : new int[] {8080 + OFFSET, 9990 + OFFSET}) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                throw new IllegalStateException("Something already listens on port " + port
                        + " (a running Peel or the integration tests?): stop it and run the benchmark again");
            } catch (IOException free) {
                // nothing there: good
            }
        }
    }
}
