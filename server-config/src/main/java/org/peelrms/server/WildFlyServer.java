package org.peelrms.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The configured WildFly (from server-config/target) started as a child process with its own base
 * folder, Peel's EAR in its deployments folder, and the given system properties; on ports 8080 and 9990,
 * or moved by a port offset (WildFly's {@code jboss.socket.binding.port-offset}).
 */
public final class WildFlyServer {
    private static final String HEAP = "-Xms512m -Xmx1536m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m";
    /** A system property with more JVM options for WildFly (the benchmark's profiling sets Flight Recorder's stack depth). */
    public static final String JAVA_OPTIONS = "peel.wildfly.java.options";

    private final Path home;
    private final Path base;
    private final int portOffset;
    private final String serverConfig;
    private Process process;

    public WildFlyServer(Path home, Path base) {
        this(home, base, 0);
    }

    public WildFlyServer(Path home, Path base, int portOffset) {
        this(home, base, portOffset, "standalone.xml");
    }

    /**
     * @param serverConfig the configuration file in {@code standalone/configuration} to start with: Peel's
     *                     {@code standalone.xml}, a cluster node's {@code standalone-ha.xml}, or the load
     *                     balancer's {@code standalone-load-balancer.xml}
     */
    public WildFlyServer(Path home, Path base, int portOffset, String serverConfig) {
        this.home = home;
        this.base = base;
        this.portOffset = portOffset;
        this.serverConfig = serverConfig;
    }

    /** Where Peel answers, e.g. {@code http://localhost:8080/peel/}. */
    public String peelUrl() {
        return "http://localhost:" + (8080 + portOffset) + "/peel/";
    }

    /** WildFly's management interface (health, readiness, metrics), e.g. {@code http://127.0.0.1:9990/}. */
    public String managementUrl() {
        return "http://127.0.0.1:" + (9990 + portOffset) + "/";
    }

    /**
     * Copies the configuration afresh (logs and data stay), drops the EAR in (none for a load balancer: null)
     * and starts the server.
     */
    public void start(Path ear, Map<String, String> properties) throws IOException {
        copyTree(home.resolve("standalone/configuration"), base.resolve("configuration"));
        Path deployments = Files.createDirectories(base.resolve("deployments"));
        try (Stream<Path> old = Files.list(deployments)) {
            old.forEach(WildFlyServer::delete);
        }
        if (ear != null) {
            Files.copy(ear, deployments.resolve("peel.ear"), StandardCopyOption.REPLACE_EXISTING);
        }
        Path log = Files.createDirectories(base.resolve("log")).resolve("console.log");

        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "--server-config=" + serverConfig));
        if (portOffset != 0) {
            command.add("-Djboss.socket.binding.port-offset=" + portOffset);
        }
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("JAVA_OPTS", HEAP + " -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true"
                + " -Djboss.modules.system.pkgs=org.jboss.byteman " + System.getProperty(JAVA_OPTIONS, ""));
        process = builder.start();
    }

    /** Waits until WildFly reports ready (database and search index up), or fails with the reason. */
    public void awaitReady(Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("WildFly stopped during start-up; see " + base.resolve("log/server.log"));
            }
            if (ready()) {
                return;
            }
            Path failed = base.resolve("deployments/peel.ear.failed");
            if (Files.exists(failed)) {
                throw new IllegalStateException("Peel did not deploy: " + readQuietly(failed) + "; see "
                        + base.resolve("log/server.log"));
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("WildFly was not ready after " + limit.toMinutes() + " minutes; see "
                + base.resolve("log/server.log"));
    }

    /** Waits until the server answers HTTP at all (a load balancer has no health checks of its own). */
    public void awaitListening(Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("WildFly stopped during start-up; see " + base.resolve("log/server.log"));
            }
            if (answers("http://localhost:" + (8080 + portOffset) + "/")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("WildFly did not answer after " + limit.toSeconds() + " s; see "
                + base.resolve("log/server.log"));
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public int waitForExit() throws InterruptedException {
        return process.waitFor();
    }

    /**
     * Stops WildFly gracefully: SIGTERM to its JVM (the child of standalone.sh), which shuts down
     * cleanly, after which the script ends too. Forcibly after a minute.
     */
    public void stop() {
        if (process != null && process.isAlive()) {
            List<ProcessHandle> jvm = process.descendants().toList();
            jvm.forEach(ProcessHandle::destroy);
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    jvm.forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Kills WildFly's JVM at once (SIGKILL), as a machine or a node dying would: no shutdown, no
     * transactions finished. For crash drills.
     */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private boolean ready() {
        return status(managementUrl() + "health/ready") == 200;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static boolean answers(String url) {
        return status(url) > 0;
    }

    /** The HTTP status a GET of the address gets, or -1 when nothing answers. */
    private static int status(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            return connection.getResponseCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                Path target = to.resolve(from.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
