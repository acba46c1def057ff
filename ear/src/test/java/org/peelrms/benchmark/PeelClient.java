package org.peelrms.benchmark;

import static org.peelrms.benchmark.NameSearchBenchmark.ADMIN;
import static org.peelrms.benchmark.NameSearchBenchmark.BASE;
import static org.peelrms.benchmark.NameSearchBenchmark.READY;
import static org.peelrms.benchmark.NameSearchBenchmark.REQUEST_TIMEOUT;
import static org.peelrms.benchmark.NameSearchBenchmark.say;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A benchmark's calls to Peel's REST API: GETs with a password or in a session opened once (ADR 0050), the import of a
 * population through {@code POST /api/v1/nominals/import}, and the polling of a background job
 * ({@code GET /api/v1/jobs/{id}}) until it ends. Shared by the name-search and the duplicate-finder benchmarks.
 */
final class PeelClient {
    /** How long an import or another background job may run before the benchmark gives up. */
    static final Duration JOB_LIMIT = Duration.ofMinutes(180);

    /** What an import did, as its job reported it at the end. */
    record ImportResult(String file, long rows, String status, long done, long created, long updated, long rejected,
            double uploadSeconds, double seconds, List<String> problems, long indexed) {
        double rowsPerSecond() {
            return seconds <= 0 ? 0 : done / seconds;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Sessions by user:password (the administrator's, who polls the jobs). */
    private final Map<String, String> sessions = new ConcurrentHashMap<>();

    HttpClient http() {
        return client;
    }

    HttpResponse<String> get(String url, String credentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).GET();
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        return send(request.build(), url);
    }

    /** A POST with the password (a change in a session would need an {@code Origin}; a script sends the password). */
    HttpResponse<String> post(String url, String credentials, String contentType, HttpRequest.BodyPublisher body, Duration timeout) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(credentials))
                .header("Content-Type", contentType).timeout(timeout).POST(body).build(), url);
    }

    /** Signs in through {@code POST /api/v1/sessions} (ADR 0050): the session cookie, "JSESSIONID=…". */
    String signIn(String credentials) throws IOException, InterruptedException {
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(BASE + "api/v1/sessions"))
                .header("Authorization", basic(credentials)).timeout(REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        return signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElseThrow(() -> new IllegalStateException(
                        "POST /api/v1/sessions answered " + signedIn.statusCode() + " without a session cookie: "
                                + Json.abbreviated(signedIn.body())));
    }

    /** A GET in a session of these credentials, opened at the first call and again if it has ended. */
    HttpResponse<String> getInSession(String url, String credentials) throws IOException, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            String cookie = sessions.get(credentials);
            if (cookie == null) {
                cookie = signIn(credentials);
                sessions.put(credentials, cookie);
            }
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie)
                    .timeout(REQUEST_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 401 || attempt > 0) {
                return answer;
            }
            sessions.remove(credentials);
        }
    }

    /** Imports the population file (gzip-compressed or not) as the administrator and waits for the import to end. */
    ImportResult importPopulation(String set, Path file, long rows) throws IOException, InterruptedException {
        boolean gzip = file.getFileName().toString().endsWith(".gz");
        say("[" + set + "] importing " + file.getFileName() + " (" + Files.size(file) / 1024 + " KiB"
                + (gzip ? ", sent gzip-compressed as it is" : "") + ")");
        long t0 = System.nanoTime();
        HttpResponse<String> started = post(BASE + "api/v1/nominals/import", ADMIN, gzip ? "application/gzip" : "text/csv",
                HttpRequest.BodyPublishers.ofFile(file), Duration.ofMinutes(10));
        double uploadSeconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> job = awaitJob(set, "import", started, t0, reading -> { });
        double elapsed = (System.nanoTime() - t0) / 1e9;
        @SuppressWarnings("unchecked")
        List<Object> problems = job.get("problems") instanceof List ? (List<Object>) job.get("problems") : List.of();
        ImportResult result = new ImportResult(file.getFileName().toString(), rows, String.valueOf(job.get("status")),
                number(job, "done"), number(job, "created"), number(job, "updated"), number(job, "rejected"),
                uploadSeconds, elapsed, problems.stream().map(String::valueOf).toList(), indexedCount());
        say("[" + set + "] import " + result.status() + " in " + String.format(Locale.ROOT, "%.1f s (upload %.1f s)", elapsed,
                uploadSeconds) + ": " + result.created() + " created, " + result.updated() + " updated, "
                + result.rejected() + " rejected, " + Math.round(result.rowsPerSecond()) + " rows/s; index holds "
                + result.indexed());
        return result;
    }

    /**
     * Polls the job that this answer (202 with {@code Location: …/jobs/{id}}) started, twice a second, until it is no
     * longer RUNNING, saying how far it has got every 15 s; its last reading. {@code t0} is when it was asked for;
     * {@code readings} hears every reading.
     */
    Map<String, Object> awaitJob(String set, String what, HttpResponse<String> started, long t0,
            java.util.function.Consumer<Map<String, Object>> readings) throws IOException, InterruptedException {
        if (started.statusCode() != 202) {
            throw new IllegalStateException("The " + what + " was refused: HTTP " + started.statusCode() + " " + started.body());
        }
        String location = started.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("The " + what + " answer has no Location: " + started.body()));
        String jobUrl = BASE + "api/v1/jobs/" + location.substring(location.lastIndexOf('/') + 1);
        Map<String, Object> job = Json.object(started.body());
        long lastSaid = System.nanoTime();
        long deadline = t0 + JOB_LIMIT.toNanos();
        while ("RUNNING".equals(job.get("status"))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The " + what + " was still running after " + JOB_LIMIT.toMinutes() + " minutes");
            }
            Thread.sleep(500);
            // Polled through a session: a Basic call as admin costs a bcrypt check of cost 10 (some 60 ms of
            // WildFly's CPU), which twice a second took a large share of the import's CPU.
            HttpResponse<String> answer = getInSession(jobUrl, ADMIN);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Reading the job failed: HTTP " + answer.statusCode() + " " + answer.body());
            }
            job = Json.object(answer.body());
            readings.accept(job);
            if (System.nanoTime() - lastSaid > 15_000_000_000L) {
                lastSaid = System.nanoTime();
                double elapsed = (lastSaid - t0) / 1e9;
                long done = number(job, "done");
                say("[" + set + "]   " + what + ": " + done + " / " + number(job, "total") + " after " + Math.round(elapsed)
                        + " s (" + Math.round(done / elapsed) + " a second)");
            }
        }
        return job;
    }

    /** How many people the readiness check says are in the search index, or -1. */
    long indexedCount() {
        try {
            Matcher m = Pattern.compile("(\\d+) people indexed").matcher(get(READY, null).body());
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    static long number(Map<String, Object> json, String field) {
        return json.get(field) instanceof Number n ? n.longValue() : -1;
    }

    static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest request, String url) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("No answer from " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
