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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peelrms.server.EmbeddedDatabase;
import org.peelrms.server.WildFlyServer;

/**
 * Can a stranger tell a real user name from a made-up one by how long Peel takes to refuse it (issue 16)? Signs in
 * over the API with wrong passwords, alternately for accounts that exist and for names that do not, and compares
 * the times the client saw. Every failure counts towards the sign-in throttle, so an administrator clears the
 * throttles before any could hold back (a held-back attempt checks no password and would be faster). Results go to
 * {@code docs/benchmarks/sign-in-timing.md}.
 *
 * <p>Run with {@code mvn -Psign-in-timing verify -pl ear} (after {@code mvn install -DskipTests}); its own ports
 * (offset 800).
 */
public final class SignInTiming {
    static final int OFFSET = Integer.getInteger("peel.timing.port.offset", 800);
    static final int ATTEMPTS = Integer.getInteger("peel.timing.attempts", 300);
    static final List<String> KNOWN = List.of("officer", "custody", "investigator", "supervisor", "auditor");
    static final Pattern THROTTLE = Pattern.compile("\"kind\":\"(\\w+)\".*?\"subject\":\"([^\"]*)\"");

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    private SignInTiming(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("peel.wildfly.home"));
        Path ear = Path.of(System.getProperty("peel.ear"));
        Path work = Path.of(System.getProperty("peel.timing.work"));
        Path report = Path.of(System.getProperty("peel.timing.report"));
        NameSearchBenchmark.deleteTree(work);
        try (EmbeddedDatabase database = EmbeddedDatabase.start(work.resolve("postgres"), 15432 + OFFSET,
                EmbeddedDatabase.Durability.THROW_AWAY)) {
            Map<String, String> properties = PeelSettings.withDemoData(database, work.resolve("index"), 50);
            WildFlyServer server = new WildFlyServer(home, work.resolve("server"), OFFSET);
            try {
                server.start(ear, properties);
                server.awaitReady(Duration.ofMinutes(10));
                new SignInTiming(server.peelUrl()).run(report);
            } finally {
                server.stop();
            }
        }
    }

    private void run(Path report) throws Exception {
        List<Double> known = new ArrayList<>();
        List<Double> unknown = new ArrayList<>();
        List<Double> service = new ArrayList<>();
        for (int warmUp = 0; warmUp < 20; warmUp++) {
            refuse(KNOWN.get(warmUp % KNOWN.size()));
            refuse("nobody-" + warmUp);
            clearEveryThrottle();
        }
        for (int i = 0; i < ATTEMPTS; i++) {
            known.add(refuse(KNOWN.get(i % KNOWN.size())));
            unknown.add(refuse("no-such-user-" + i));
            if (i % KNOWN.size() == KNOWN.size() - 1) {
                service.add(refuse("evaluator"));
                clearEveryThrottle();
            }
        }
        write(report, known, unknown, service);
    }

    /** One wrong password: the milliseconds until the 401 was read. */
    private double refuse(String username) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> answer = client.send(request(username, "not-the-password-at-all", "api/v1/me").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - start) / 1e6;
        if (answer.statusCode() != 401) {
            throw new IllegalStateException("Expected 401 for " + username + ", got " + answer.statusCode()
                    + ": " + answer.body());
        }
        return millis;
    }

    private void clearEveryThrottle() throws IOException, InterruptedException {
        String list = client.send(request("admin", "peel-demo-admin", "api/v1/sign-in-throttles").GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher throttle = THROTTLE.matcher(list);
        while (throttle.find()) {
            String query = "?kind=" + throttle.group(1) + "&subject="
                    + URLEncoder.encode(throttle.group(2), StandardCharsets.UTF_8);
            HttpResponse<String> cleared = client.send(request("admin", "peel-demo-admin",
                    "api/v1/sign-in-throttles" + query).DELETE().build(), HttpResponse.BodyHandlers.ofString());
            if (cleared.statusCode() >= 300) {
                throw new IllegalStateException("Could not clear " + throttle.group(2) + ": " + cleared.body());
            }
        }
    }

    private HttpRequest.Builder request(String username, String password, String path) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + credentials)
                .timeout(Duration.ofSeconds(30));
    }

    private static void write(Path report, List<Double> known, List<Double> unknown, List<Double> service)
            throws IOException {
        String md = """
                # Sign-in timing: a real user name against a made-up one

                Written by `mvn -Psign-in-timing verify -pl ear` (`ear/src/test/java/org/peelrms/benchmark/SignInTiming.java`)
                on %s. Peel with demo data on an embedded PostgreSQL; one client on the same machine signs in over the
                API (HTTP Basic, `GET /api/v1/me`) with a wrong password, alternately as an account that exists (six demo
                accounts in turn) and as a name that does not, %d times each after 20 of each to warm up. An
                administrator clears the sign-in throttles every five, so no attempt was held back unchecked. After every
                five, the demo service account `evaluator` is tried too.
                Times are the client's, from sending to having read the 401.

                | user name | attempts | median | mean | 90th percentile | fastest | slowest |
                |---|---:|---:|---:|---:|---:|---:|
                %s
                %s
                %s

                Before issue 16 (measured through REST by the issue's probe) a known user name was answered in 85-110 ms
                and an unknown one in 3-36 ms. Now both check one bcrypt hash of the same cost (an unknown name is
                checked against a fixed one: ADR 0033); the difference between the medians is %.1f ms. A service account's
                password is hashed at a lower cost (it is sent on every call and must be a long random one, ADR 0034),
                so a wrong password for one is refused faster: the last row. That tells a stranger only that a
                service account of that name exists, not its password.
                """.formatted(LocalDateTime.now().withNano(0), known.size(), row("exists", known),
                row("does not exist", unknown), row("a service account (`evaluator`)", service),
                median(known) - median(unknown));
        Files.createDirectories(report.getParent());
        Files.writeString(report, md);
        System.out.println(md);
    }

    private static String row(String what, List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        double mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return "| %s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms |".formatted(what, sorted.size(),
                median(sorted), mean, sorted.get((int) (sorted.size() * 0.9)), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private static double median(List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
