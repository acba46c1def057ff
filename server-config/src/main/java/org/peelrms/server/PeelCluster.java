package org.peelrms.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Peel as a cluster on one machine (ADR 0038): one PostgreSQL, one OpenSearch node, WildFly's load balancer
 * and two Peel nodes on the HA profile, each moved by its own port offset. The balancer starts first so that
 * each node registers with it as it comes up; the first node starts alone (it migrates the schemas and loads
 * the demo data when asked), then the second.
 */
public final class PeelCluster implements AutoCloseable {
    public static final String NODE_CONFIG = "standalone-ha.xml";
    public static final String BALANCER_CONFIG = "standalone-load-balancer.xml";
    private static final Duration START_LIMIT = Duration.ofMinutes(15);

    /** Where everything listens: the nodes' and the balancer's port offsets, OpenSearch's HTTP port, PostgreSQL's. */
    public record Ports(int firstNodeOffset, int secondNodeOffset, int balancerOffset, int openSearchPort,
            int databasePort) {
        int[] nodeOffsets() {
            return new int[] {firstNodeOffset, secondNodeOffset};
        }
    }

    private final Path ear;
    private final EmbeddedDatabase database;
    private final OpenSearchNode openSearch;
    private final WildFlyServer balancer;
    private final List<WildFlyServer> nodes;
    private final List<Map<String, String>> nodeProperties;
    private final int balancerOffset;

    private PeelCluster(Path ear, EmbeddedDatabase database, OpenSearchNode openSearch, WildFlyServer balancer,
            List<WildFlyServer> nodes, List<Map<String, String>> nodeProperties, int balancerOffset) {
        this.ear = ear;
        this.database = database;
        this.openSearch = openSearch;
        this.balancer = balancer;
        this.nodes = nodes;
        this.nodeProperties = nodeProperties;
        this.balancerOffset = balancerOffset;
    }

    /**
     * Starts the whole cluster, each part's files in its own folder under {@code data}.
     *
     * @param properties system properties for every Peel node (e.g. peel.demo=true)
     */
    public static PeelCluster start(Path wildflyHome, Path ear, Path data, Ports ports, Map<String, String> properties,
            EmbeddedDatabase.Durability durability, Progress progress) throws IOException, InterruptedException {
        progress.say("Starting PostgreSQL (data in " + data.resolve("postgres") + ")...");
        EmbeddedDatabase database = EmbeddedDatabase.start(data.resolve("postgres"), ports.databasePort(), durability);
        OpenSearchNode openSearch = null;
        WildFlyServer balancer = new WildFlyServer(wildflyHome, data.resolve("balancer"), ports.balancerOffset(),
                BALANCER_CONFIG);
        List<WildFlyServer> nodes = new ArrayList<>();
        try {
            progress.say("Starting OpenSearch on port " + ports.openSearchPort() + " (data in " + data.resolve("opensearch") + ")...");
            openSearch = OpenSearchNode.start(data.resolve("opensearch"), ports.openSearchPort(), START_LIMIT);
            progress.say("Starting the load balancer...");
            balancer.start(null, Map.of());
            balancer.awaitListening(START_LIMIT);
            PeelCluster cluster = new PeelCluster(ear, database, openSearch, balancer, nodes, new ArrayList<>(),
                    ports.balancerOffset());
            cluster.addNodes(wildflyHome, data, ports, properties, progress);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            nodes.forEach(WildFlyServer::stop);
            balancer.stop();
            if (openSearch != null) {
                openSearch.close();
            }
            database.close();
            throw e;
        }
    }

    private void addNodes(Path wildflyHome, Path data, Ports ports, Map<String, String> properties, Progress progress)
            throws IOException, InterruptedException {
        int[] offsets = ports.nodeOffsets();
        for (int i = 0; i < offsets.length; i++) {
            Map<String, String> node = new LinkedHashMap<>(properties);
            node.put("jboss.node.name", "node" + (i + 1));
            node.put("peel.db.url", database.jdbcUrl());
            node.put("peel.db.user", EmbeddedDatabase.USER);
            node.put("peel.db.password", EmbeddedDatabase.USER);
            node.put("peel.opensearch.uris", openSearch.url());
            node.put("peel.cluster.member1.port", String.valueOf(7600 + offsets[0]));
            node.put("peel.cluster.member2.port", String.valueOf(7600 + offsets[1]));
            node.put("peel.balancer.mcmp.port", String.valueOf(8090 + ports.balancerOffset()));
            nodeProperties.add(node);
            nodes.add(new WildFlyServer(wildflyHome, data.resolve("node" + (i + 1)), offsets[i], NODE_CONFIG));
        }
        for (int i = 0; i < nodes.size(); i++) {
            progress.say("Starting Peel node " + (i + 1) + " (log: " + data.resolve("node" + (i + 1) + "/log/server.log") + ")...");
            startNode(i);
        }
    }

    /** Starts (or starts again) node i, 0-based, and waits until it is ready. */
    public void startNode(int i) throws IOException, InterruptedException {
        nodes.get(i).start(ear, nodeProperties.get(i));
        nodes.get(i).awaitReady(START_LIMIT);
    }

    public WildFlyServer node(int i) {
        return nodes.get(i);
    }

    /** Where officers and REST clients go: the balancer, e.g. {@code http://localhost:8080/peel/}. */
    public String peelUrl() {
        return "http://localhost:" + (8080 + balancerOffset) + "/peel/";
    }

    public String openSearchUrl() {
        return openSearch.url();
    }

    public String databaseUrl() {
        return database.jdbcUrl();
    }

    @Override
    public void close() throws IOException {
        nodes.forEach(WildFlyServer::stop);
        balancer.stop();
        openSearch.close();
        database.close();
    }

    /** Where the cluster reports what it is doing while it starts. */
    @FunctionalInterface
    public interface Progress {
        void say(String line);
    }
}
