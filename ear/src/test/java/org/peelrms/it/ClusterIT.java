package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.peelrms.server.EmbeddedDatabase;
import org.peelrms.server.PeelCluster;
import org.peelrms.server.WildFlyServer;

/**
 * Peel as a cluster (ADR 0038): two WildFly nodes on the HA profile behind WildFly's load balancer, one
 * PostgreSQL, one OpenSearch node holding the people index (ADR 0037), all started here on their own ports. A
 * person put on file through one node is found through the other; the node holding a signed-in officer's
 * session is killed (SIGKILL) while clients search and write through the balancer; it comes back and catches
 * up; the audit trail verifies and holds every acknowledged search.
 *
 * <p>Not part of the default integration tests: {@code mvn verify -Pcluster-it} (CI runs it, {@code .ci/run}).
 * Ports: node offsets 400 and 500, the balancer's 450, OpenSearch 9400, PostgreSQL 15832 (system properties
 * peel.cluster.it.*).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern INDEXED = Pattern.compile("\"people-search-index\":\"UP: (\\d+) people indexed");
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final String REFERENCE = "CLUSTER-1";
    private static final String PERSON = "WHITWORTH Elspeth 21/06/1979";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static PeelCluster cluster;
    private static PageSession officer;
    private static int sessionNode;

    @BeforeAll
    static void startTheCluster() throws Exception {
        Path work = Path.of(System.getProperty("peel.cluster.it.work", "target/cluster-it"));
        PeelCluster.Ports ports = new PeelCluster.Ports(Integer.getInteger("peel.cluster.it.node1.offset", 400),
                Integer.getInteger("peel.cluster.it.node2.offset", 500), Integer.getInteger("peel.cluster.it.balancer.offset", 450),
                Integer.getInteger("peel.cluster.it.opensearch.port", 9400), Integer.getInteger("peel.cluster.it.db.port", 15832));
        deleteTree(work);
        cluster = PeelCluster.start(Path.of(System.getProperty("peel.wildfly.home")), Path.of(System.getProperty("peel.ear")),
                work, ports, Map.of("peel.demo", "true", "peel.demo.persons", "200"), EmbeddedDatabase.Durability.DURABLE,
                line -> System.out.println("[cluster] " + line));
    }

    @AfterAll
    static void stopTheCluster() throws IOException {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aPersonPutOnFileThroughNode1_isFoundThroughNode2_within2Seconds() throws Exception {
        String node1 = cluster.node(0).peelUrl();
        String node2 = cluster.node(1).peelUrl();
        assertThat(search(node2, PERSON).body()).doesNotContain(REFERENCE);

        String job = importPerson(node1, REFERENCE + ",Whitworth,Elspeth,1979-06-21,F,");
        Instant acknowledged = Instant.now();
        assertThat(job).contains("\"created\":1");
        Duration found = null;
        while (found == null && Duration.between(acknowledged, Instant.now()).compareTo(PATIENCE) < 0) {
            if (search(node2, PERSON).body().contains(REFERENCE)) {
                found = Duration.between(acknowledged, Instant.now());
            } else {
                Thread.sleep(50);
            }
        }
        System.out.println("[cluster] put on file through node 1, found through node 2 after " + found);
        assertThat(found).isNotNull().isLessThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    @Order(2)
    void killingTheNodeOfASignedInOfficer_underLoad_losesNoAcknowledgedWrite_andTheOfficerCarriesOn() throws Exception {
        officer = PageSession.signIn(cluster.peelUrl(), "officer", Api.demoPassword("officer"));
        sessionNode = officer.node();
        assertThat(officer.get("index.xhtml").body()).contains("Sign out");

        Load load = new Load(cluster.peelUrl());
        load.start(4, 2);
        Thread.sleep(5_000);
        cluster.node(sessionNode).kill();
        Instant killed = Instant.now();
        Thread.sleep(10_000);
        load.stop();
        System.out.printf("[cluster] node %d killed under load: %d searches and %d writes acknowledged, %d requests"
                + " failed (in flight or sent to the dead node before the balancer noticed), %d of them after the"
                + " first 5 s%n", sessionNode + 1, load.searches.get(), load.written.size(), load.failed.get(),
                load.failedLaterThan(killed.plusSeconds(5)));

        HttpResponse<String> page = officer.get("index.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("the officer is still signed in").contains("Sign out").doesNotContain("j_security_check");
        assertThat(officer.node()).as("the session moved to the other node").isNotEqualTo(sessionNode);
        assertThat(load.written).isNotEmpty();
        for (long report : load.written) {
            assertThat(get(cluster.peelUrl(), "officer", "api/v1/crime/reports/" + report).statusCode())
                    .as("acknowledged crime report " + report).isEqualTo(200);
        }
        assertThat(load.failedLaterThan(killed.plusSeconds(5))).as("requests failing once the balancer knew").isZero();
    }

    @Test
    @Order(3)
    void theKilledNodeRestarts_andCatchesUp() throws Exception {
        cluster.startNode(sessionNode);
        String restarted = cluster.node(sessionNode).peelUrl();
        String other = cluster.node(1 - sessionNode).peelUrl();
        assertThat(search(restarted, PERSON).body()).contains(REFERENCE);
        assertThat(search(other, PERSON).body()).contains(REFERENCE);
        long onFile = peopleOnFile();
        assertThat(indexed(cluster.node(sessionNode))).isEqualTo(onFile);
        assertThat(indexed(cluster.node(1 - sessionNode))).isEqualTo(onFile);
    }

    @Test
    @Order(4)
    void theAuditTrailVerifies_andHoldsEveryAcknowledgedSearch() throws Exception {
        String report = SealedChain.sealedUpTo(() -> {
            try {
                return get(cluster.peelUrl(), "auditor", "api/v1/audit/chain").body();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, Instant.now());
        assertThat(report).contains("\"intact\":true");
        String searches = get(cluster.peelUrl(), "auditor", "api/v1/audit/entries?user=evaluator&action=SEARCH&max=1").body();
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(searches);
        assertThat(total.find()).isTrue();
        assertThat(Long.parseLong(total.group(1))).isGreaterThanOrEqualTo(Load.lastSearches);
    }

    /** Clients through the balancer: searchers as the evaluator account, writers taking crime reports down. */
    private static final class Load {
        static long lastSearches;
        final String base;
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicLong searches = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final Set<Long> written = ConcurrentHashMap.newKeySet();
        final List<Instant> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<Thread> clients = new java.util.ArrayList<>();

        Load(String base) {
            this.base = base;
        }

        void start(int searchers, int writers) {
            for (int i = 0; i < searchers; i++) {
                clients.add(client(() -> {
                    if (search(base, PERSON).statusCode() == 200) {
                        searches.incrementAndGet();
                    } else {
                        fail();
                    }
                }));
            }
            for (int i = 0; i < writers; i++) {
                clients.add(client(() -> {
                    HttpResponse<String> r = post(base, "officer", "api/v1/crime/reports", "application/json",
                            "{\"method\":\"NON_EMERGENCY_CALL\",\"whatHappened\":\"Cluster test report\","
                                    + "\"location\":\"Preston\",\"looksLikeCrime\":false,\"domesticAbuse\":false}");
                    if (r.statusCode() == 201) {
                        Matcher id = ID.matcher(r.body());
                        id.find();
                        written.add(Long.parseLong(id.group(1)));
                    } else {
                        fail();
                    }
                }));
            }
            clients.forEach(Thread::start);
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread client : clients) {
                client.join(60_000);
            }
            lastSearches = searches.get();
        }

        long failedLaterThan(Instant when) {
            return failures.stream().filter(at -> at.isAfter(when)).count();
        }

        private void fail() {
            failed.incrementAndGet();
            failures.add(Instant.now());
        }

        private Thread client(Call call) {
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    try {
                        call.run();
                    } catch (IOException e) {
                        fail();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "cluster-client");
            thread.setDaemon(true);
            return thread;
        }
    }

    @FunctionalInterface
    private interface Call {
        void run() throws IOException, InterruptedException;
    }

    private static long indexed(WildFlyServer node) throws Exception {
        HttpResponse<String> ready = CLIENT.send(HttpRequest.newBuilder(URI.create(node.managementUrl() + "health/ready"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher count = INDEXED.matcher(ready.body());
        assertThat(count.find()).as(ready.body()).isTrue();
        return Long.parseLong(count.group(1));
    }

    private static long peopleOnFile() throws SQLException {
        try (Connection connection = DriverManager.getConnection(cluster.databaseUrl(), EmbeddedDatabase.USER,
                EmbeddedDatabase.USER);
                ResultSet count = connection.createStatement().executeQuery("select count(*) from nominal.person")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static String importPerson(String base, String row) throws Exception {
        HttpResponse<String> started = post(base, "admin", "api/v1/nominals/import", "text/csv",
                "ref,surname,forenames,dob,sex,aliases\n" + row + "\n");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String path = started.headers().firstValue("Location").orElseThrow();
        path = path.substring(path.indexOf("api/v1/"));
        Instant deadline = Instant.now().plus(PATIENCE);
        String job = get(base, "admin", path).body();
        while (!job.contains("\"status\":\"FINISHED\"") && !job.contains("\"status\":\"FAILED\"")
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            job = get(base, "admin", path).body();
        }
        return job;
    }

    private static HttpResponse<String> search(String base, String line) throws IOException, InterruptedException {
        return get(base, "evaluator", "api/v1/nominals?q=" + Api.encode(line) + "&limit=5");
    }

    private static HttpResponse<String> get(String base, String user, String path) throws IOException, InterruptedException {
        return CLIENT.send(signedIn(base, user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String base, String user, String path, String type, String body)
            throws IOException, InterruptedException {
        return CLIENT.send(signedIn(base, user, path).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder signedIn(String base, String user, String path) {
        String token = Base64.getEncoder().encodeToString((user + ":" + Api.demoPassword(user))
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + token);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (java.nio.file.Files.exists(folder)) {
            try (var files = java.nio.file.Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }
}
