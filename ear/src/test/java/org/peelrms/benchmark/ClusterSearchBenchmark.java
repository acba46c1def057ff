package org.peelrms.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.peelrms.server.EmbeddedDatabase;
import org.peelrms.server.PeelCluster;

/**
 * REST search throughput of a cluster with two nodes and with one, at 4 and 16 clients (issue 15, item 6), all
 * through WildFly's load balancer, on one machine: embedded PostgreSQL, one OpenSearch node, two Peel nodes on the
 * HA profile (ADR 0038). The people: the demo data plus {@value #SEARCHED} people with common British names, whom the
 * clients search for by name and date of birth (so each search runs the whole matcher: exact keys, fuzzy keys,
 * scoring).
 *
 * <p>Two nodes first, then node 2 stopped (it leaves the balancer as it stops) for the one-node runs. Each run: a
 * warm-up, then a measured period. Run with {@code mvn -B -ntp -Pcluster-benchmark verify -pl ear} after an
 * install; writes {@code docs/benchmarks/cluster-search.md}; its own ports (node offsets 400 and 500, the
 * balancer's 450, OpenSearch 9400, PostgreSQL 15832).
 */
public final class ClusterSearchBenchmark {
    static final int SEARCHED = 500;
    static final Duration WARM_UP = Duration.ofSeconds(10);
    static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("peel.benchmark.seconds", 30));
    static final int[] CLIENTS = {4, 16};
    static final List<String> SURNAMES = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
            "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "Khan", "Hughes", "Ahmed", "Roberts",
            "Clarke", "Lewis");
    static final List<String> FORENAMES = List.of("Oliver", "Amelia", "George", "Olivia", "Harry", "Isla", "Jack",
            "Emily", "Mohammed", "Ava", "Thomas", "Sophie", "James", "Grace", "William", "Lily", "Daniel", "Chloe",
            "Adam", "Hannah");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final List<String> lines;

    private ClusterSearchBenchmark(String base, List<String> lines) {
        this.base = base;
        this.lines = lines;
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(System.getProperty("peel.benchmark.work"));
        Path report = Path.of(System.getProperty("peel.benchmark.report"));
        int demo = Integer.getInteger("peel.benchmark.demo.size", 10_000);
        PeelCluster.Ports ports = new PeelCluster.Ports(400, 500, 450, 9400, 15832);
        List<String> rows = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Random random = new Random(15);
        for (int i = 0; i < SEARCHED; i++) {
            String surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
            String forename = FORENAMES.get(random.nextInt(FORENAMES.size()));
            LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 60));
            rows.add("BENCH-" + i + "," + surname + "," + forename + "," + born + "," + (i % 2 == 0 ? "M" : "F") + ",");
            lines.add(surname.toUpperCase() + " " + forename + " " + born.getDayOfMonth() + "/" + born.getMonthValue()
                    + "/" + born.getYear());
        }
        List<String> results = new ArrayList<>();
        try (PeelCluster cluster = PeelCluster.start(Path.of(System.getProperty("peel.wildfly.home")),
                Path.of(System.getProperty("peel.ear")), work, ports,
                Map.of("peel.demo", "true", "peel.demo.persons", String.valueOf(demo)),
                EmbeddedDatabase.Durability.THROW_AWAY, line -> System.out.println("[benchmark] " + line))) {
            ClusterSearchBenchmark benchmark = new ClusterSearchBenchmark(cluster.peelUrl(), lines);
            benchmark.importPeople(rows);
            for (int clients : CLIENTS) {
                results.add(benchmark.run(2, clients));
            }
            cluster.node(1).stop();
            for (int clients : CLIENTS) {
                results.add(benchmark.run(1, clients));
            }
        }
        write(report, demo, results);
    }

    private void importPeople(List<String> rows) throws IOException, InterruptedException {
        String csv = "ref,surname,forenames,dob,sex,aliases\n" + String.join("\n", rows) + "\n";
        HttpResponse<String> started = CLIENT.send(request("admin", "api/v1/nominals/import")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        String path = started.headers().firstValue("Location").orElseThrow();
        path = path.substring(path.indexOf("api/v1/"));
        String job = "";
        while (!job.contains("\"status\":\"FINISHED\"")) {
            if (job.contains("\"status\":\"FAILED\"")) {
                throw new IllegalStateException("The import failed: " + job);
            }
            Thread.sleep(500);
            job = CLIENT.send(request("admin", path).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        }
        Thread.sleep(3_000); // the outbox sends the last of them to OpenSearch
    }

    /** One run: searches per second, latency percentiles, failures. */
    private String run(int nodes, int clients) throws InterruptedException {
        measure(clients, WARM_UP);
        Result result = measure(clients, MEASURED);
        long[] sorted = result.latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        String row = "| %d | %d | %d | %.1f | %d | %d | %d | %d |".formatted(nodes, clients, sorted.length,
                sorted.length / (double) MEASURED.toSeconds(), percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), result.failed.get());
        System.out.println("[benchmark] " + row);
        return row;
    }

    private Result measure(int clients, Duration period) throws InterruptedException {
        Result result = new Result();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(c);
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    String line = lines.get(random.nextInt(lines.size()));
                    long started = System.nanoTime();
                    try {
                        HttpResponse<String> answer = CLIENT.send(request("evaluator", "api/v1/nominals?q="
                                + URLEncoder.encode(line, StandardCharsets.UTF_8) + "&limit=10").GET().build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() == 200) {
                            result.latencies.add((System.nanoTime() - started) / 1_000_000);
                        } else {
                            result.failed.incrementAndGet();
                        }
                    } catch (IOException e) {
                        result.failed.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "search-client-" + c);
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(period.toMillis());
        running.set(false);
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        return result;
    }

    private HttpRequest.Builder request(String user, String path) {
        String password = "evaluator".equals(user) ? "peel-demo-evaluator-service-account" : "peel-demo-" + user;
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private static long percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static void write(Path report, int demo, List<String> rows) throws IOException {
        String text = """
                # REST search throughput: one node and two

                Written by `mvn -Pcluster-benchmark verify -pl ear` (`ear/src/test/java/org/peelrms/benchmark/ClusterSearchBenchmark.java`) on %s,
                on this machine (%d cores, Java %s). Everything on the one machine: embedded PostgreSQL 17, one OpenSearch
                2.19 node (512 MB heap), WildFly's load balancer and two Peel nodes on the HA profile (ADR 0038). %d demo
                people plus %d with common British names, searched by name and date of birth through the balancer as the
                evaluator account (`GET /api/v1/nominals?q=`, each search audited). Each run: %d s warm-up, %d s measured.
                "Two nodes": both up; "one node": node 2 stopped (it left the balancer).

                | nodes | clients | searches | searches/s | p50 ms | p95 ms | p99 ms | failed |
                |---|---|---|---|---|---|---|---|
                %s
                """.formatted(Instant.now().toString().substring(0, 19), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), demo, SEARCHED, WARM_UP.toSeconds(), MEASURED.toSeconds(),
                String.join("\n", rows));
        Files.createDirectories(report.getParent());
        Files.writeString(report, text);
    }

    private static final class Result {
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        final AtomicLong failed = new AtomicLong();
    }
}
