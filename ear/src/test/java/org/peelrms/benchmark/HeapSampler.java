package org.peelrms.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads WildFly's heap in use from its Prometheus endpoint ({@code http://localhost:9990/metrics})
 * every {@link #EVERY} on a background thread and keeps the largest value seen in each phase of the run
 * (an import, the single-client searches, the concurrent searches).
 */
final class HeapSampler implements AutoCloseable {
    static final String METRICS_URL = "http://127.0.0.1:" + (9990 + NameSearchBenchmark.OFFSET) + "/metrics";
    /** What WildFly's metrics subsystem calls the heap in use (MicroProfile-style base metric). */
    static final String USED_HEAP = "base_memory_usedHeap_bytes";
    static final String COMMITTED_HEAP = "base_memory_committedHeap_bytes";
    static final String MAX_HEAP = "base_memory_maxHeap_bytes";
    /**
     * How often the heap is read (and at each change of phase). Each reading makes WildFly read every metric through
     * its management model and write them out (some 250 kB, about a third of a second of its CPU): once a second,
     * that took a tenth of the server's CPU or more from the searches and the import being measured.
     */
    static final Duration EVERY = Duration.ofSeconds(15);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Long> maxUsed = new ConcurrentHashMap<>();
    private final Map<String, Long> maxCommitted = new ConcurrentHashMap<>();
    private final Map<String, double[]> gcSeconds = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile String phase = "start-up";
    private volatile boolean running = true;
    private volatile String metricUsed = "(none seen)";
    private volatile long heapLimit = -1;
    private volatile int samples;
    private volatile int failures;
    private volatile String lastFailure = "";

    HeapSampler() {
        thread = new Thread(this::loop, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** From now on samples count towards this phase. */
    void phase(String name) {
        String previous = phase;
        phase = name;
        sampleNow(previous, name);
    }

    /** The largest heap in use seen during the phase, in bytes, or -1 if no sample was taken. */
    long maxUsed(String phaseName) {
        return maxUsed.getOrDefault(phaseName, -1L);
    }

    long maxCommitted(String phaseName) {
        return maxCommitted.getOrDefault(phaseName, -1L);
    }

    /** Seconds spent in garbage collection during the phase (base_gc_time_total_seconds, all collectors), or NaN. */
    double gcSeconds(String phaseName) {
        double[] firstAndLast = gcSeconds.get(phaseName);
        return firstAndLast == null ? Double.NaN : firstAndLast[1] - firstAndLast[0];
    }

    String metricUsed() {
        return metricUsed;
    }

    long heapLimit() {
        return heapLimit;
    }

    int samples() {
        return samples;
    }

    int failures() {
        return failures;
    }

    String lastFailure() {
        return lastFailure;
    }

    private void loop() {
        while (running) {
            sampleNow(phase);
            try {
                Thread.sleep(EVERY.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One reading of the metrics, counted towards each of the phases given (at a change: the old and the new). */
    private synchronized void sampleNow(String... phases) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(METRICS_URL))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                fail("HTTP " + response.statusCode());
                return;
            }
            String text = response.body();
            long used = metric(text, USED_HEAP);
            if (used >= 0) {
                metricUsed = USED_HEAP;
            } else {
                used = heapSum(text);
                if (used >= 0) {
                    metricUsed = "jvm_memory_used_bytes{area=\"heap\"} (summed over pools)";
                }
            }
            if (used < 0) {
                fail("no heap metric in the answer");
                return;
            }
            long committed = metric(text, COMMITTED_HEAP);
            long limit = metric(text, MAX_HEAP);
            if (limit > 0) {
                heapLimit = limit;
            }
            double gc = sum(text, "base_gc_time_total_seconds");
            for (String current : phases) {
                if (gc >= 0) {
                    gcSeconds.compute(current, (k, v) -> v == null ? new double[] {gc, gc} : new double[] {v[0], gc});
                }
                maxUsed.merge(current, used, Math::max);
                if (committed >= 0) {
                    maxCommitted.merge(current, committed, Math::max);
                }
            }
            samples++;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            fail(e.toString());
        }
    }

    private void fail(String why) {
        failures++;
        lastFailure = why;
    }

    /** The value of an unlabelled (or singly labelled) metric line, or -1. */
    static long metric(String text, String name) {
        for (String line : text.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                return (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).trim());
            }
        }
        return -1;
    }

    /** The sum of a metric's lines (one per label set), or -1 if there is none. */
    static double sum(String text, String name) {
        double sum = -1;
        for (String line : text.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                sum = Math.max(sum, 0) + Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).trim());
            }
        }
        return sum;
    }

    /** Micrometer style: one jvm_memory_used_bytes line per heap pool. */
    static long heapSum(String text) {
        long sum = -1;
        for (String line : text.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                sum = Math.max(sum, 0) + (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).trim());
            }
        }
        return sum;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
