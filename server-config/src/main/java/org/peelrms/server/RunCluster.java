package org.peelrms.server;

import java.nio.file.Path;
import java.util.Map;

/**
 * The cluster command, {@code mvn -Pcluster package}: Peel on two WildFly nodes behind WildFly's load balancer,
 * sharing one embedded PostgreSQL and one OpenSearch node, all on this machine (ADR 0038); prints the addresses
 * and stops everything on Ctrl-C.
 *
 * <p>Arguments: {@code <wildfly home> <peel.ear> <data folder>}. Ports: system properties peel.cluster.node1.offset
 * (default 100), peel.cluster.node2.offset (200), peel.cluster.balancer.offset (0: the balancer on 8080),
 * peel.cluster.opensearch.port (9200).
 */
public final class RunCluster {
    private RunCluster() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: RunCluster <wildfly home> <peel.ear> <data folder>");
            System.exit(2);
        }
        Path data = Path.of(args[2]).toAbsolutePath();
        PeelCluster.Ports ports = new PeelCluster.Ports(Integer.getInteger("peel.cluster.node1.offset", 100),
                Integer.getInteger("peel.cluster.node2.offset", 200), Integer.getInteger("peel.cluster.balancer.offset", 0),
                Integer.getInteger("peel.cluster.opensearch.port", 9200), 0);
        Map<String, String> properties = DemoProperties.of();
        PeelCluster cluster = PeelCluster.start(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath(),
                data, ports, properties, EmbeddedDatabase.Durability.DURABLE, System.out::println);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the cluster...");
            try {
                cluster.close();
            } catch (Exception e) {
                System.out.println("The cluster did not stop cleanly: " + e.getMessage());
            }
        }, "peel-cluster-stop"));
        System.out.println("""

                Peel is running on two nodes behind a load balancer:
                  Peel (balancer):  %s   REST API: %sapi/v1/
                  node 1:           %s   health: %shealth
                  node 2:           %s   health: %shealth
                  OpenSearch:       %s
                  PostgreSQL:       %s
                  Data folder:      %s
                Sign in as on one node (see README.md, the run command). Kill a node's JVM to watch the other carry on.
                Press Ctrl-C to stop everything.""".formatted(cluster.peelUrl(), cluster.peelUrl(),
                cluster.node(0).peelUrl(), cluster.node(0).managementUrl(), cluster.node(1).peelUrl(),
                cluster.node(1).managementUrl(), cluster.openSearchUrl(), cluster.databaseUrl(), data));
        Thread.currentThread().join();
    }
}
