package org.peelrms.benchmark;

import static org.peelrms.benchmark.NameSearchBenchmark.ADMIN;
import static org.peelrms.benchmark.NameSearchBenchmark.BASE;
import static org.peelrms.benchmark.NameSearchBenchmark.format;
import static org.peelrms.benchmark.NameSearchBenchmark.mib;
import static org.peelrms.benchmark.NameSearchBenchmark.minutes;
import static org.peelrms.benchmark.NameSearchBenchmark.say;
import static org.peelrms.benchmark.NameSearchBenchmark.seconds;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peelrms.benchmark.NameSearchBenchmark.Cpu;
import org.peelrms.benchmark.NameSearchBenchmark.ServerCpu;

/**
 * The duplicate finder inside WildFly (issue 18): a fresh PostgreSQL and WildFly with Peel ({@link PeelUnderBenchmark}),
 * the development population imported through {@code POST /api/v1/nominals/import} ({@link PeelClient}), then the
 * finder started as the administrator through {@code POST /api/v1/nominals/duplicates/find} and its job polled until
 * it ends. While it runs: its wall-clock time, WildFly's and PostgreSQL's CPU time and how busy the machine was
 * ({@link Cpu}), WildFly's heap ({@link HeapSampler}); after it, the pairs it queued. Writes
 * {@code docs/benchmarks/duplicates-in-wildfly.md}.
 *
 * <p>{@code mvn -Pduplicates-benchmark verify -pl ear} (the 1M population; {@code -Dpeel.benchmark.population=100k}
 * for the 100k one).
 */
public final class DuplicateFinderBenchmark {
    private final PeelClient peel = new PeelClient();

    /** What one run measured (fields stay at their defaults when the run failed before them). */
    private static final class Result {
        String population;
        long rows;
        double startSeconds;
        PeelClient.ImportResult imported;
        ServerCpu importCpu;
        String status = "not started";
        String problem = "";
        double finderSeconds = Double.NaN;
        double firstProgressSeconds = Double.NaN;
        long created = -1;
        long updated = -1;
        long openInQueue = -1;
        ServerCpu finderCpu;
        double[] finderShares;
        String loadBefore = "";
        String loadAfter = "";
        long heapPeak = -1;
        long heapLimit = -1;
        double gcSeconds = Double.NaN;
        int heapSamples;
        String summary = "(not found in the server log)";
        /** The job's progress every 30 s. */
        final List<String> progress = new java.util.ArrayList<>();
        String failure;
    }

    public static void main(String[] args) throws Exception {
        BenchmarkPaths paths = BenchmarkPaths.fromSystemProperties("../docs/benchmarks/duplicates-in-wildfly.md");
        Path report = paths.report();
        String population = System.getProperty("peel.benchmark.population", "1m").strip();
        if (paths.missing().isPresent()) {
            say(paths.missing().get());
            System.exit(2);
        }
        ZonedDateTime started = ZonedDateTime.now();
        String commit = NameSearchBenchmark.git();
        Result result = new Result();
        result.population = population;
        long t0 = System.nanoTime();
        try {
            new DuplicateFinderBenchmark().run(result, NameSearchBenchmark.populationFile(paths.data(), paths.work(),
                    population), paths.work(), paths.wildflyHome(), paths.ear());
        } catch (Exception e) {
            result.failure = e.toString();
            say("The run failed: " + e);
            e.printStackTrace(System.out);
        }
        say("The run took " + format(seconds(System.nanoTime() - t0), 0) + " s");
        String markdown = markdown(started, commit, result);
        Files.createDirectories(report.getParent());
        Files.writeString(report, markdown, StandardCharsets.UTF_8);
        say("");
        say(markdown);
        say("Written to " + report);
        System.exit(result.failure == null && "FINISHED".equals(result.status) ? 0 : 1);
    }

    private void run(Result result, Path file, Path work, Path wildflyHome, Path ear) throws Exception {
        String set = "duplicates-" + result.population;
        say("[" + set + "] counting the population in " + file.getFileName());
        result.rows = NameSearchBenchmark.countRows(file);
        long t0 = System.nanoTime();
        PeelUnderBenchmark server = PeelUnderBenchmark.launch(set, work, wildflyHome, ear, Map.of());
        HeapSampler heap = null;
        try {
            server.awaitReady(Duration.ofMinutes(10));
            result.startSeconds = seconds(System.nanoTime() - t0);
            say("[" + set + "] Peel ready after " + format(result.startSeconds, 1) + " s");

            heap = new HeapSampler();
            heap.phase("import");
            Cpu before = Cpu.now();
            result.imported = peel.importPopulation(set, file, result.rows);
            result.importCpu = Cpu.now().serverSince(before);
            if (!"FINISHED".equals(result.imported.status())) {
                throw new IllegalStateException("The import ended " + result.imported.status() + ": " + result.imported.problems());
            }

            heap.phase("finder");
            result.loadBefore = loadAverage();
            before = Cpu.now();
            long f0 = System.nanoTime();
            HttpResponse<String> asked = peel.post(BASE + "api/v1/nominals/duplicates/find", ADMIN, "application/json",
                    HttpRequest.BodyPublishers.ofString("{}"), NameSearchBenchmark.REQUEST_TIMEOUT);
            Map<String, Object> job = peel.awaitJob(set, "duplicate finder", asked, f0, reading -> {
                if (Double.isNaN(result.firstProgressSeconds) && PeelClient.number(reading, "done") > 0) {
                    result.firstProgressSeconds = seconds(System.nanoTime() - f0);
                }
                long s = Math.round(seconds(System.nanoTime() - f0));
                if (result.progress.isEmpty() || !result.progress.get(result.progress.size() - 1).startsWith(s / 30 * 30 + " ")) {
                    result.progress.add(s / 30 * 30 + " s: " + PeelClient.number(reading, "done") + " of " + PeelClient.number(reading, "total")
                            + " people, " + PeelClient.number(reading, "created") + " pairs opened");
                }
            });
            result.finderSeconds = seconds(System.nanoTime() - f0);
            Cpu after = Cpu.now();
            heap.phase("after");
            result.loadAfter = loadAverage();
            result.finderCpu = after.serverSince(before);
            result.finderShares = after.sharesSince(before);
            result.status = String.valueOf(job.get("status"));
            result.problem = job.get("problems") instanceof List<?> problems && !problems.isEmpty() ? problems.toString()
                    : String.valueOf(Optional.ofNullable(job.get("problem")).orElse(""));
            result.created = PeelClient.number(job, "created");
            result.updated = PeelClient.number(job, "updated");
            result.heapPeak = heap.maxUsed("finder");
            result.heapLimit = heap.heapLimit();
            result.gcSeconds = heap.gcSeconds("finder");
            result.heapSamples = heap.samples();
            HttpResponse<String> queue = peel.getInSession(BASE + "api/v1/nominals/duplicates?status=OPEN&max=1", ADMIN);
            result.openInQueue = queue.statusCode() == 200 ? PeelClient.number(Json.object(queue.body()), "total") : -1;
            result.summary = Files.readAllLines(server.log(), StandardCharsets.ISO_8859_1).stream()
                    .filter(line -> line.contains("Duplicate search ") && line.contains("searched ")).reduce((a, b) -> b)
                    .map(line -> line.substring(line.indexOf("Duplicate search "))).orElse(result.summary);
            say("[" + set + "] the finder ended " + result.status + " after " + format(result.finderSeconds, 1) + " s; WildFly / "
                    + "PostgreSQL CPU " + format(result.finderCpu.wildfly(), 1) + " / " + format(result.finderCpu.postgres(), 1)
                    + " s; heap peak " + mib(result.heapPeak) + "; " + result.created + " pairs opened");
        } finally {
            if (heap != null) {
                heap.close();
            }
            server.close();
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip().split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String markdown(ZonedDateTime started, String commit, Result r) {
        StringBuilder md = new StringBuilder();
        boolean million = r.rows >= 1_000_000;
        md.append("# The duplicate finder inside WildFly (issue 18)\n\n");
        md.append("Written by `DuplicateFinderBenchmark` (`mvn -Pduplicates-benchmark verify -pl ear").append(
                "1m".equals(r.population) ? "" : " -Dpeel.benchmark.population=" + r.population).append("`), ")
                .append(started.format(DateTimeFormatter.ISO_LOCAL_DATE)).append(", from ").append(commit)
                .append(".\n\n");
        md.append("A fresh embedded PostgreSQL and WildFly (`-Xms512m -Xmx1536m`, as `WildFlyServer` and the run command give it), ")
                .append("the development population `population-").append(r.population).append("` imported through ")
                .append("`POST /api/v1/nominals/import`, then the finder started as `admin` through ")
                .append("`POST /api/v1/nominals/duplicates/find` and its job read twice a second until it ended. The finder's ")
                .append("time runs from that call to the job's end (reading the people from the database, comparing, ")
                .append("writing the queue). CPU times are those of WildFly's and PostgreSQL's processes over the same ")
                .append("span, from `/proc`, whatever else ran: on a shared machine they are the figures to compare, the ")
                .append("wall-clock is not. The heap is WildFly's `base_memory_usedHeap_bytes`, read every ")
                .append(HeapSampler.EVERY.toSeconds()).append(" s (garbage not yet collected included; a peak between two ")
                .append("readings is missed).\n\n");
        md.append("| machine | ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(NameSearchBenchmark.cpuModel().orElse("unknown CPU")).append(", ").append(NameSearchBenchmark.totalMemory())
                .append(" |\n|---|---|\n");
        md.append("| Java | ").append(NameSearchBenchmark.javaVersion()).append(" |\n\n");
        if (r.failure != null) {
            md.append("**The run failed:** `").append(r.failure.replace("`", "'")).append("`\n\n");
        }
        md.append("| measure | value | target |\n|---|---|---|\n");
        md.append("| people in the file / on file after the import | ").append(String.format("%,d", r.rows)).append(" / ")
                .append(r.imported == null ? "—" : String.format("%,d", r.imported.created())).append(" | |\n");
        if (r.imported != null) {
            md.append("| the import (for context): wall-clock; WildFly / PostgreSQL CPU | ").append(minutes(r.imported.seconds()))
                    .append("; ").append(format(r.importCpu.wildfly(), 0)).append(" / ").append(format(r.importCpu.postgres(), 0))
                    .append(" s | |\n");
        }
        md.append("| the finder's job: status | ").append(r.status).append(r.problem.isBlank() ? "" : " (" + r.problem + ")")
                .append(" | FINISHED |\n");
        md.append("| **the finder, wall-clock** (call to the job's end) | **").append(Double.isNaN(r.finderSeconds) ? "—"
                : minutes(r.finderSeconds) + " (" + format(r.finderSeconds, 1) + " s)").append("** | ")
                .append(million ? "≤ 10 min on 2 cores" : "").append(" |\n");
        md.append("| its first progress shown (people read, weights worked out, blocking keys made) | ")
                .append(Double.isNaN(r.firstProgressSeconds) ? "—" : format(r.firstProgressSeconds, 1) + " s").append(" | |\n");
        if (r.finderCpu != null) {
            md.append("| **WildFly's CPU time** during the finder | **").append(format(r.finderCpu.wildfly(), 1))
                    .append(" s** (").append(format(r.finderCpu.wildfly() / 2 / 60, 1))
                    .append(" min if both cores were its own) | |\n");
            md.append("| PostgreSQL's CPU time during the finder | ").append(format(r.finderCpu.postgres(), 1)).append(" s | |\n");
        }
        if (r.finderShares != null) {
            md.append("| the machine during the finder: busy / this run's processes / other processes | ")
                    .append(percent(r.finderShares[0])).append(" / ").append(percent(r.finderShares[1])).append(" / ")
                    .append(percent(r.finderShares[2])).append(" (load average ").append(r.loadBefore).append(" before, ")
                    .append(r.loadAfter).append(" after) | |\n");
        }
        md.append("| **WildFly's heap in use, largest reading** during the finder | **").append(mib(r.heapPeak)).append("** of ")
                .append(mib(r.heapLimit)).append(" (").append(r.heapSamples).append(" readings in the whole run) | within -Xmx1536m |\n");
        md.append("| time in garbage collection during the finder | ").append(format(r.gcSeconds, 1)).append(" s | |\n");
        md.append("| **pairs queued**: opened / found again (job) / open in the queue after | **").append(r.created).append("** / ")
                .append(r.updated).append(" / ").append(r.openInQueue).append(" | |\n\n");
        md.append("The finder's own summary (server log):\n\n> ").append(r.summary.replace("\n", " ")).append("\n\n");
        if (!r.progress.isEmpty()) {
            md.append("The job's progress, as `GET /api/v1/jobs/{id}` showed it (every 30 s):\n\n");
            r.progress.forEach(line -> md.append("- ").append(line).append('\n'));
            md.append('\n');
        }
        md.append("Machine: ").append(r.finderShares == null ? "not measured" : percent(r.finderShares[2]) + " of it went to "
                + "processes other than this run's while the finder ran").append(". With 2 cores shared, the CPU times are the ")
                .append("measure; a quiet machine's wall-clock is about WildFly's CPU time over the cores the finder kept busy.\n");
        return md.toString();
    }

    private static String percent(double share) {
        return format(share * 100, 0) + " %";
    }
}
