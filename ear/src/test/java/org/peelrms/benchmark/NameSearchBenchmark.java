package org.peelrms.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.peelrms.server.EmbeddedDatabase;
import org.peelrms.server.WildFlyServer;

/**
 * The name-search benchmark: for each data set, a fresh embedded PostgreSQL and a fresh WildFly with
 * Peel; the population imported through the REST import (development sets) or made by Peel's own demo
 * generator at start-up (the {@code demo} set, see {@link DemoSet}); every query run through the REST
 * search (one client, after a warm-up), scored against the key; then four clients for a fixed time;
 * WildFly's heap watched throughout. Writes {@code docs/benchmarks/name-search.md} and prints the same.
 *
 * <p>Run it with {@code mvn -Pbenchmark verify} (100k set) or
 * {@code mvn -Pbenchmark verify -Dpeel.benchmark.sets=100k,1m,demo}. Arguments (data set names) override
 * {@code peel.benchmark.sets}; {@code peel.benchmark.demo.size} is the demo set's number of people.
 */
public final class NameSearchBenchmark {
    /** WildFly's ports moved by this much ({@code peel.benchmark.port.offset}), so that it can run beside another Peel. */
    static final int OFFSET = Integer.getInteger("peel.benchmark.port.offset", 0);
    static final String BASE = "http://localhost:" + (8080 + OFFSET) + "/peel/";
    static final String READY = "http://127.0.0.1:" + (9990 + OFFSET) + "/health/ready";
    static final String ADMIN = "admin:peel-demo-admin";
    /** The evaluation service account, user:password; -Dpeel.benchmark.evaluator overrides the demo ones tried in turn. */
    static final List<String> EVALUATORS = !System.getProperty("peel.benchmark.evaluator", "").isBlank()
            ? List.of(System.getProperty("peel.benchmark.evaluator").strip())
            : List.of("evaluator:peel-demo-evaluator-service-account", "evaluator:peel-demo-evaluator");
    /**
     * How the evaluator signs in ({@code peel.benchmark.auth}): "session", once per client thread through
     * {@code POST /api/v1/sessions} and then with the session cookie, as a program making many calls would (ADR 0050);
     * or "basic", the password with every call (a bcrypt check and the realm's queries each time).
     */
    static final String AUTH = System.getProperty("peel.benchmark.auth", "session").strip();
    static final int LIMIT = 10;
    /** The comparison of the evaluator's two ways of signing in: rounds of one block each way, searches a block. */
    static final int SIGN_IN_ROUNDS = 3;
    static final int SIGN_IN_BLOCK = 200;
    /**
     * How long the server is warmed up before the measured searches, with queries that are not the
     * measured ones (one query's surname with another's forenames): the JIT compiler needs thousands
     * of searches before WildFly, Hibernate Search and Lucene run at their steady speed.
     */
    static final Duration WARM_UP = Duration.ofSeconds(45);
    static final int CLIENTS = 4;
    static final Duration LOAD_TIME = Duration.ofSeconds(30);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** After the measured runs, one client for this long with Flight Recorder on, to see where the time goes. */
    static final Duration PROFILE_TIME = Duration.ofSeconds(30);
    /** Other processes taking this share of the machine make a measured run count as disturbed. */
    static final double DISTURBED = 0.10;
    /** At most this many measured runs while disturbed ({@code peel.benchmark.attempts}). */
    static final int ATTEMPTS = Integer.getInteger("peel.benchmark.attempts", 3);
    static final Duration PAUSE = Duration.ofSeconds(20);
    static final boolean PROFILE = Boolean.parseBoolean(System.getProperty("peel.benchmark.profile", "true"));
    static final BenchmarkBackend BACKEND = BenchmarkBackend.chosen();
    static final long GIB = 1024L * 1024 * 1024;
    static final long MIB = 1024L * 1024;

    // The targets (issue 14).
    static final double RECALL_AT_10 = 0.985;
    static final double RECALL_AT_1 = 0.95;
    static final double NEGATIVE_RESULTS = 0.5;
    static final double P95_MS = 20;
    static final double P99_MS = 40;
    static final double SEARCHES_PER_SECOND = 200;
    static final double IMPORT_1M_SECONDS = 120;
    static final long HEAP_BYTES = (long) (1.5 * GIB);

    /** The query classes in the order reports show them: the development sets' six, and the demo set's others. */
    static final List<String> CLASSES = List.of("typo", "phonetic", "alias", "no_forename", "dob_typo", "nickname",
            "swapped", "transliteration", "two_slips", "negative");

    /**
     * A set as named on the command line: {@code [dev2-]<size>[-box]}: the population {@code population-<size>}
     * (for 10m and other sizes above 1m, the 1M with people added: {@link ScaledPopulation}), the queries of
     * {@code dev} (or {@code dev2}) for it (for a scaled population, those of the 1M), through the structured search (or the search box,
     * each query typed "Surname Forenames dd/mm/yyyy").
     */
    static final class Spec {
        private Spec() {
        }

        static boolean box(String set) {
            return set.endsWith("-box");
        }

        static String queries(String set) {
            return set.startsWith("dev2-") ? "dev2" : "dev";
        }

        static String size(String set) {
            String size = box(set) ? set.substring(0, set.length() - "-box".length()) : set;
            return size.startsWith("dev2-") ? size.substring("dev2-".length()) : size;
        }

        /** The population whose queries and key a set uses: the 1M ones for a larger, scaled population. */
        static String keyedAt(String size) {
            return ScaledPopulation.makes(size) ? "1m" : size;
        }

        static String typed(Query query) {
            String dob = query.dob().isEmpty() ? "" : query.dob().substring(8, 10) + "/" + query.dob().substring(5, 7)
                    + "/" + query.dob().substring(0, 4);
            return (query.surname() + " " + query.forenames() + " " + dob).strip().replaceAll(" +", " ");
        }
    }

    record Query(String qid, String surname, String forenames, String dob, String kind, String expected, String detail) {
        boolean negative() {
            return expected.isEmpty();
        }

        String shown() {
            return surname + " / " + (forenames.isEmpty() ? "-" : forenames) + " / " + (dob.isEmpty() ? "-" : dob);
        }
    }

    record Outcome(Query query, List<String> refs, List<Double> scores, List<String> names, double millis, int status,
            String error) {
        /** 1-based rank of the expected person, 0 if not returned. */
        int rank() {
            int index = refs.indexOf(query.expected());
            return index < 0 ? 0 : index + 1;
        }
    }

    record Latency(int count, double p50, double p95, double p99, double max, double mean) {
        static Latency of(double[] millis) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return new Latency(sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.95),
                    percentile(sorted, 0.99), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1],
                    Arrays.stream(sorted).average().orElse(Double.NaN));
        }

        /** Nearest rank. */
        static double percentile(double[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }

    record LoadResult(int clients, double seconds, long searches, long errors, Latency latency) {
        double perSecond() {
            return seconds <= 0 ? 0 : searches / seconds;
        }
    }

    /** Where WildFly's CPU went while one client searched: samples by layer, and the hottest methods. */
    record Profile(Path file, int searches, long samples, Map<String, Long> byLayer, Map<String, Long> inclusive,
            Map<String, Long> hotMethods) {
    }

    /**
     * CPU time from /proc, in clock ticks: the whole machine's busy (user, nice, system) and total time,
     * and every process's, sorted into this run's (this JVM and its descendants: WildFly; and PostgreSQL),
     * kernel threads' (disk writes for the run's own database among them) and other processes': to tell
     * whether something else ran during a measurement.
     */
    record Cpu(long busy, long total, long steal, Map<Long, Long> ticks, java.util.Set<Long> ours,
            java.util.Set<Long> kernel, java.util.Set<Long> database) {
        /** Clock ticks a second in /proc (USER_HZ, 100 on Linux). */
        static final double TICKS_PER_SECOND = 100;
        /** The data folder of the run's PostgreSQL. */
        static volatile Path ourDatabase;

        static Cpu now() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long user = Long.parseLong(f[1]);
                long nice = Long.parseLong(f[2]);
                long system = Long.parseLong(f[3]);
                long idle = Long.parseLong(f[4]);
                long iowait = Long.parseLong(f[5]);
                long irq = Long.parseLong(f[6]);
                long softirq = Long.parseLong(f[7]);
                long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
                // Interrupt time is left out of "busy": loopback traffic between client, WildFly and
                // PostgreSQL is handled there, and it is charged to no process.
                long busy = user + nice + system;
                // PostgreSQL is started through pg_ctl, so it is not a descendant of this JVM: its postmaster
                // is found by its data folder.
                java.util.Set<Long> database = ourDatabase == null ? java.util.Set.of() : ProcessHandle.allProcesses()
                        .filter(p -> p.info().commandLine().orElse("").contains(ourDatabase.toString()))
                        .flatMap(p -> Stream.concat(Stream.of(p), p.descendants())).map(ProcessHandle::pid)
                        .collect(Collectors.toSet());
                java.util.Set<Long> ours = Stream.concat(Stream.concat(Stream.of(ProcessHandle.current()),
                        ProcessHandle.current().descendants()).map(ProcessHandle::pid), database.stream())
                        .collect(Collectors.toSet());
                Map<Long, Long> ticks = new java.util.HashMap<>();
                java.util.Set<Long> kernel = new java.util.HashSet<>();
                try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                    processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                        try {
                            String stat = Files.readString(p.resolve("stat"));
                            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            long pid = Long.parseLong(p.getFileName().toString());
                            // utime + stime, and cutime + cstime: the time of children that ended and were
                            // waited for (PostgreSQL's autovacuum workers, say) goes to their parent.
                            ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12])
                                    + Long.parseLong(fields[13]) + Long.parseLong(fields[14]));
                            if (pid == 2 || "2".equals(fields[1])) {
                                kernel.add(pid);
                            }
                        } catch (IOException | RuntimeException gone) {
                            // the process ended meanwhile
                        }
                    });
                }
                return new Cpu(busy, busy + idle + iowait + irq + softirq + steal, steal, ticks, ours, kernel, database);
            } catch (IOException | RuntimeException e) {
                return new Cpu(-1, -1, -1, Map.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of());
            }
        }

        /**
         * CPU seconds since the earlier reading of WildFly (this JVM's descendants) and of PostgreSQL: what the
         * server spent, whatever else ran on the machine meanwhile (the client, this JVM, is left out).
         */
        ServerCpu serverSince(Cpu earlier) {
            long wildfly = 0;
            long postgres = 0;
            for (Map.Entry<Long, Long> process : ticks.entrySet()) {
                long pid = process.getKey();
                long delta = Math.max(0, process.getValue() - earlier.ticks.getOrDefault(pid, 0L));
                if (database.contains(pid) || earlier.database.contains(pid)) {
                    postgres += delta;
                } else if ((ours.contains(pid) || earlier.ours.contains(pid)) && pid != ProcessHandle.current().pid()) {
                    wildfly += delta;
                }
            }
            return new ServerCpu(wildfly / TICKS_PER_SECOND, postgres / TICKS_PER_SECOND);
        }

        /**
         * As shares of the machine since the earlier reading: busy, this run's processes, others (other
         * processes, and busy time no living process accounts for), stolen by the hypervisor, kernel threads; or null.
         */
        double[] sharesSince(Cpu earlier) {
            long elapsed = total - earlier.total;
            if (earlier.total < 0 || total < 0 || elapsed <= 0) {
                return null;
            }
            long oursTicks = 0;
            long kernelTicks = 0;
            long otherTicks = 0;
            for (Map.Entry<Long, Long> process : ticks.entrySet()) {
                long delta = Math.max(0, process.getValue() - earlier.ticks.getOrDefault(process.getKey(), 0L));
                if (ours.contains(process.getKey()) || earlier.ours.contains(process.getKey())) {
                    oursTicks += delta;
                } else if (kernel.contains(process.getKey())) {
                    kernelTicks += delta;
                } else {
                    otherTicks += delta;
                }
            }
            long busyTicks = busy - earlier.busy;
            long unaccounted = Math.max(0, busyTicks - oursTicks - kernelTicks - otherTicks);
            double share = elapsed;
            return new double[] {busyTicks / share, Math.min(busyTicks, oursTicks) / share,
                    Math.min(busyTicks, otherTicks + unaccounted) / share, (steal - earlier.steal) / share,
                    kernelTicks / share};
        }
    }

    /** CPU seconds of the server's two processes over a measurement. */
    record ServerCpu(double wildfly, double postgres) {
        /** "12.3 / 4.5" in milliseconds for each of {@code count} units of work. */
        String millisEach(long count) {
            return count <= 0 ? "—" : format(wildfly * 1000 / count, 2) + " / " + format(postgres * 1000 / count, 2);
        }
    }

    record ClassScore(String kind, int count, double recallAt1, double recallAt10, double mrr, double meanResults,
            Latency latency) {
    }

    /** Everything measured on one data set (parts stay null when the run failed before them). */
    static final class SetResult {
        final String set;
        long populationRows;
        int queryCount;
        Map<String, Integer> classCounts = new LinkedHashMap<>();
        PeelClient.ImportResult imported;
        /** The demo set's population, made by Peel's generator instead of imported. */
        DemoSet.Generation generated;
        List<Outcome> outcomes;
        Latency latency;
        LoadResult load;
        long heapImport = -1;
        /** On disk after the import: the search index folder (Lucene), and the database. */
        long indexBytes = -1;
        long databaseBytes = -1;
        long heapSearch = -1;
        long heapLoad = -1;
        long heapLiveAfterGc = -1;
        Profile profile;
        /** Shares of the machine's CPU while searching: busy, by this run's processes, by any other process. */
        double[] cpuImport;
        double[] cpuSearch;
        double[] cpuLoad;
        /** CPU seconds of WildFly and PostgreSQL during the import, the single client's run and the load. */
        ServerCpu serverCpuImport;
        ServerCpu serverCpuSearch;
        ServerCpu serverCpuLoad;
        /** CPU seconds per search by the evaluator's way of signing in ("session", "basic"), side by side. */
        Map<String, ServerCpu> signIns;
        int searchAttempts;
        int loadAttempts;
        long heapLimit = -1;
        double gcImport = Double.NaN;
        double gcSearch = Double.NaN;
        double gcLoad = Double.NaN;
        String heapMetric = "";
        int heapSamples;
        int heapFailures;
        String heapLastFailure = "";
        double startSeconds;
        double totalSeconds;
        String failure;

        SetResult(String set) {
            this.set = set;
        }

        List<Outcome> positives() {
            return outcomes.stream().filter(o -> !o.query().negative()).toList();
        }

        List<Outcome> negatives() {
            return outcomes.stream().filter(o -> o.query().negative()).toList();
        }

        double recallAt(int k) {
            return share(positives(), o -> o.rank() >= 1 && o.rank() <= k);
        }

        double mrr() {
            return positives().stream().mapToDouble(o -> o.rank() == 0 ? 0 : 1.0 / o.rank()).average().orElse(Double.NaN);
        }

        double negativeMeanResults() {
            return negatives().stream().mapToInt(o -> o.refs().size()).average().orElse(Double.NaN);
        }

        long errors() {
            return outcomes.stream().filter(o -> o.status() != 200).count();
        }

        List<ClassScore> classScores() {
            List<ClassScore> scores = new ArrayList<>();
            for (String kind : classesOf(outcomes.stream().map(o -> o.query().kind()).toList())) {
                List<Outcome> of = outcomes.stream().filter(o -> o.query().kind().equals(kind)).toList();
                if (of.isEmpty()) {
                    continue;
                }
                boolean negative = of.stream().allMatch(o -> o.query().negative());
                scores.add(new ClassScore(kind, of.size(),
                        negative ? Double.NaN : share(of, o -> o.rank() == 1),
                        negative ? Double.NaN : share(of, o -> o.rank() >= 1),
                        negative ? Double.NaN : of.stream().mapToDouble(o -> o.rank() == 0 ? 0 : 1.0 / o.rank()).average().orElse(0),
                        of.stream().mapToInt(o -> o.refs().size()).average().orElse(0),
                        Latency.of(of.stream().mapToDouble(Outcome::millis).toArray())));
            }
            return scores;
        }

        private static double share(List<Outcome> outcomes, java.util.function.Predicate<Outcome> test) {
            return outcomes.isEmpty() ? Double.NaN : (double) outcomes.stream().filter(test).count() / outcomes.size();
        }

        void count(List<Query> queries) {
            queryCount = queries.size();
            classCounts.clear();
            queries.forEach(q -> classCounts.merge(q.kind(), 1, Integer::sum));
        }

        /** What the population came from, for the log and the report: "the import", "start-up and generation". */
        String populating() {
            return generated != null || DemoSet.is(set) ? "start-up and generation" : "the import";
        }
    }

    /** The classes present, in the order of {@link #CLASSES}, then any others in the order met. */
    static List<String> classesOf(java.util.Collection<String> present) {
        List<String> kinds = new ArrayList<>(CLASSES.stream().filter(present::contains).toList());
        present.stream().distinct().filter(k -> !kinds.contains(k)).forEach(kinds::add);
        return kinds;
    }

    private final PeelClient peel = new PeelClient();
    private final HttpClient client = peel.http();
    private final Path data;
    private final Path wildflyHome;
    private final Path ear;
    private final Path work;
    private final Path report;
    /** What is missing to run (the data, the build), said as the fix; empty when nothing is. */
    private final Optional<String> missing;
    /** Whether this set's queries go through the search box (GET /api/v1/nominals?q=), typed as it asks. */
    private volatile boolean box;
    /** The evaluator's user:password that Peel accepted (found at start-up). */
    private volatile String evaluator = EVALUATORS.get(0);
    /** Each client thread's session cookie ("JSESSIONID=…"), when the evaluator signs in once ({@link #AUTH}). */
    private final ThreadLocal<String> sessionCookie = new ThreadLocal<>();
    /** How the evaluator signs in now: {@link #AUTH}, but for the comparison of the two ways. */
    private volatile String auth = AUTH;

    private NameSearchBenchmark(BenchmarkPaths paths) {
        this.data = paths.data();
        this.wildflyHome = paths.wildflyHome();
        this.ear = paths.ear();
        this.work = paths.work();
        this.report = paths.report();
        this.missing = paths.missing();
    }

    public static void main(String[] args) throws Exception {
        if (PROFILE && System.getProperty(WildFlyServer.JAVA_OPTIONS) == null) {
            // WildFly's request stacks run deeper than Flight Recorder's default 64 frames: without more, a sample
            // deep in Lucene no longer shows which filter or service it ran under.
            System.setProperty(WildFlyServer.JAVA_OPTIONS, "-XX:FlightRecorderOptions:stackdepth=512");
        }
        List<String> sets = args.length > 0 ? Arrays.stream(args).flatMap(a -> Arrays.stream(a.split(","))).toList()
                : Arrays.stream(System.getProperty("peel.benchmark.sets", "100k").split(",")).toList();
        sets = sets.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (sets.isEmpty()) {
            sets = List.of("100k");
        }

        NameSearchBenchmark benchmark = new NameSearchBenchmark(
                BenchmarkPaths.fromSystemProperties("../docs/benchmarks/name-search.md"));
        int exit = benchmark.run(sets);
        System.exit(exit);
    }

    private int run(List<String> sets) throws IOException {
        ZonedDateTime started = ZonedDateTime.now();
        String commit = git();
        say("Name-search benchmark: data " + data + ", sets " + sets);
        if (missing.isPresent()) {
            say(missing.get());
            return 2;
        }
        List<SetResult> results = new ArrayList<>();
        for (String set : sets) {
            SetResult result = new SetResult(set);
            results.add(result);
            long t0 = System.nanoTime();
            try {
                runSet(result);
            } catch (Exception e) {
                result.failure = e.toString();
                say("The " + set + " run failed: " + e);
                e.printStackTrace(System.out);
            }
            result.totalSeconds = seconds(System.nanoTime() - t0);
            say("The " + set + " run took " + format(result.totalSeconds, 0) + " s");
        }
        String markdown = markdown(started, commit, results);
        Files.createDirectories(report.getParent());
        Files.writeString(report, markdown, StandardCharsets.UTF_8);
        say("");
        say(markdown);
        say("Written to " + report);
        return results.stream().anyMatch(r -> r.failure != null) ? 1 : 0;
    }

    // ---------------------------------------------------------------- one data set

    private void runSet(SetResult result) throws Exception {
        String set = result.set;
        DemoSet demo = DemoSet.is(set) ? new DemoSet(DemoSet.sizeProperty()) : null;
        Path population = null;
        List<Query> queries = null;
        if (demo != null) {
            result.populationRows = demo.size();
            say("[" + set + "] " + demo.size() + " people made by Peel's demo generator at start-up; the queries are made "
                    + "from them afterwards");
        } else {
            box = Spec.box(set);
            population = populationFile(data, work, Spec.size(set));
            queries = readQueries(Spec.queries(set), Spec.keyedAt(Spec.size(set)));
            result.count(queries);
            say("[" + set + "] counting the population in " + population.getFileName());
            result.populationRows = countRows(population);
            say("[" + set + "] " + result.populationRows + " people, " + queries.size() + " queries " + result.classCounts);
        }

        long t0 = System.nanoTime();
        Cpu before = Cpu.now();
        PeelUnderBenchmark server = PeelUnderBenchmark.launch(set, work, wildflyHome, ear,
                demo == null ? Map.of() : demo.serverProperties());
        HeapSampler heap = null;
        try {
            Path log = server.log();
            if (demo != null) {
                // The population is made during start-up: watch the heap from the start (reads fail until
                // WildFly's management interface is up).
                heap = new HeapSampler();
                heap.phase("import");
            }
            // The demo generation runs inside Peel's start-up: give it time in proportion (about 2,000 people a second).
            Duration startLimit = Duration.ofMinutes(10).plusSeconds(demo == null ? 0 : demo.size() / 100);
            server.awaitReady(startLimit);
            result.startSeconds = seconds(System.nanoTime() - t0);
            say("[" + set + "] Peel ready after " + format(result.startSeconds, 1) + " s: " + get(READY, null).body());
            chooseEvaluator();

            if (demo != null) {
                DemoSet.Prepared prepared = demo.afterStart(server.database().jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.USER,
                        peel::indexedCount, log, result.startSeconds, Duration.ofMinutes(10),
                        work.resolve(DemoSet.NAME + "-queries.csv"));
                result.generated = prepared.generation();
                result.cpuImport = Cpu.now().sharesSince(before);
                result.heapImport = heap.maxUsed("import");
                if (!result.generated.complete()) {
                    throw new IllegalStateException("The demo generator made " + result.generated.onFile() + " people ("
                            + result.generated.indexed() + " in the index) instead of " + demo.size());
                }
                queries = prepared.queries();
                result.count(queries);
            } else {
                heap = new HeapSampler();
                heap.phase("import");
                before = Cpu.now();
                result.imported = peel.importPopulation(set, population, result.populationRows);
                Cpu after = Cpu.now();
                result.cpuImport = after.sharesSince(before);
                result.serverCpuImport = after.serverSince(before);
                say("[" + set + "] import: server CPU per 1,000 people (WildFly / PostgreSQL) "
                        + result.serverCpuImport.millisEach(result.populationRows / 1000) + " ms");
                result.heapImport = heap.maxUsed("import");
                if (!"FINISHED".equals(result.imported.status())) {
                    throw new IllegalStateException("The import ended " + result.imported.status() + ": "
                            + result.imported.problems());
                }
                awaitIndexed(set, result.imported.created());
            }
            result.indexBytes = folderBytes(server.index());
            result.databaseBytes = databaseBytes(server.database());

            // The measured runs are repeated (at most ATTEMPTS times) while other processes take a
            // noticeable share of the machine; the least disturbed attempt is kept.
            warmUp(set, queries);
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                heap.phase("search");
                before = Cpu.now();
                List<Outcome> outcomes = searchAll(set, queries);
                Cpu after = Cpu.now();
                double[] cpu = after.sharesSince(before);
                if (result.outcomes == null || others(cpu) < others(result.cpuSearch)) {
                    result.outcomes = outcomes;
                    result.cpuSearch = cpu;
                    result.serverCpuSearch = after.serverSince(before);
                    result.searchAttempts = attempt;
                }
                Latency latency = Latency.of(outcomes.stream().mapToDouble(Outcome::millis).toArray());
                say("[" + set + "] single client: recall@1 " + format(result.recallAt(1), 4) + ", recall@10 "
                        + format(result.recallAt(10), 4) + ", p95 " + format(latency.p95(), 1) + " ms; other processes used "
                        + percent(Math.round(others(cpu) * 1000), 1000) + " of the machine; server CPU per search (WildFly / "
                        + "PostgreSQL) " + after.serverSince(before).millisEach(outcomes.size()) + " ms");
                if (!disturbed(cpu) || attempt == ATTEMPTS) {
                    break;
                }
                say("[" + set + "] disturbed by other processes: again in " + PAUSE.toSeconds() + " s");
                heap.phase("pause");
                Thread.sleep(PAUSE.toMillis());
            }
            result.latency = Latency.of(result.outcomes.stream().mapToDouble(Outcome::millis).toArray());
            result.heapSearch = heap.maxUsed("search");

            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                heap.phase("load");
                before = Cpu.now();
                LoadResult load = load(set, queries);
                Cpu after = Cpu.now();
                double[] cpu = after.sharesSince(before);
                say("[" + set + "] " + CLIENTS + " clients: server CPU per search (WildFly / PostgreSQL) "
                        + after.serverSince(before).millisEach(load.searches()) + " ms");
                if (result.load == null || others(cpu) < others(result.cpuLoad)) {
                    result.load = load;
                    result.cpuLoad = cpu;
                    result.serverCpuLoad = after.serverSince(before);
                    result.loadAttempts = attempt;
                }
                if (!disturbed(cpu) || attempt == ATTEMPTS) {
                    break;
                }
                say("[" + set + "] disturbed by other processes (" + percent(Math.round(others(cpu) * 1000), 1000)
                        + " of the machine): again in " + PAUSE.toSeconds() + " s");
                heap.phase("pause");
                Thread.sleep(PAUSE.toMillis());
            }
            result.heapLoad = heap.maxUsed("load");
            heap.phase("sign-ins");
            result.signIns = compareSignIns(set, queries);
            heap.phase("after");
            result.heapLiveAfterGc = liveHeapAfterGc();
            if (PROFILE) {
                heap.phase("profile");
                result.profile = profile(set, queries);
            }
            result.heapLimit = heap.heapLimit();
            result.gcImport = heap.gcSeconds("import");
            result.gcSearch = heap.gcSeconds("search");
            result.gcLoad = heap.gcSeconds("load");
            result.heapMetric = heap.metricUsed();
            result.heapSamples = heap.samples();
            result.heapFailures = heap.failures();
            result.heapLastFailure = heap.lastFailure();
        } finally {
            if (heap != null) {
                if (result.heapImport < 0) {
                    result.heapImport = heap.maxUsed("import");
                }
                result.heapMetric = heap.metricUsed();
                heap.close();
            }
            server.close();
        }
    }

    /** The first of the evaluator accounts that Peel accepts (GET /api/v1/me answers 200). */
    private void chooseEvaluator() {
        for (String candidate : EVALUATORS) {
            if (get(BASE + "api/v1/me", candidate).statusCode() == 200) {
                evaluator = candidate;
                say("Searching as " + candidate.substring(0, candidate.indexOf(':')));
                return;
            }
        }
        throw new IllegalStateException("Peel accepts none of the evaluator accounts " + EVALUATORS.stream()
                .map(c -> c.substring(0, c.indexOf(':')) + ":***").toList() + "; give one with -Dpeel.benchmark.evaluator=user:password");
    }

    // ---------------------------------------------------------------- import

    /**
     * Waits until the index holds everyone imported: at once on Lucene, where the import writes the index as it goes;
     * with OpenSearch the nodes' outbox polling sends the changes after the import's commits.
     */
    private void awaitIndexed(String set, long people) throws InterruptedException {
        long t0 = System.nanoTime();
        long deadline = t0 + PeelClient.JOB_LIMIT.toNanos();
        long indexed;
        while ((indexed = peel.indexedCount()) < people) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The index held " + indexed + " of " + people + " people after "
                        + PeelClient.JOB_LIMIT.toMinutes() + " minutes");
            }
            Thread.sleep(2000);
        }
        if (System.nanoTime() - t0 > 2_000_000_000L) {
            say("[" + set + "] the index caught up with the import " + format(seconds(System.nanoTime() - t0), 0)
                    + " s after it ended");
        }
    }

    private void warmUp(String set, List<Query> queries) {
        say("[" + set + "] warm-up: " + WARM_UP.toSeconds() + " s of queries that are not measured");
        long deadline = System.nanoTime() + WARM_UP.toNanos();
        for (int i = 0; System.nanoTime() < deadline; i++) {
            Query one = queries.get(i % queries.size());
            Query other = queries.get((i * 7 + 3) % queries.size());
            search(new Query("warm-up", one.surname(), other.forenames(), i % 2 == 0 ? one.dob() : "", "warm-up", "", ""));
        }
    }

    /** The share of the machine other processes took, from {@link Cpu#sharesSince}; unknown counts as none. */
    private static double others(double[] shares) {
        return shares == null ? 0 : shares[2];
    }

    private static boolean disturbed(double[] shares) {
        return others(shares) >= DISTURBED;
    }

    private List<Outcome> searchAll(String set, List<Query> queries) {
        say("[" + set + "] single client: " + queries.size() + " queries");
        List<Outcome> outcomes = new ArrayList<>(queries.size());
        for (Query query : queries) {
            outcomes.add(search(query));
        }
        return outcomes;
    }

    private LoadResult load(String set, List<Query> queries) throws InterruptedException {
        say("[" + set + "] " + CLIENTS + " clients for " + LOAD_TIME.toSeconds() + " s");
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        long deadline = start + LOAD_TIME.toNanos();
        List<Future<List<Outcome>>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int offset = c * queries.size() / CLIENTS;
            clients.add(pool.submit(() -> {
                List<Outcome> mine = new ArrayList<>();
                for (int i = offset; System.nanoTime() < deadline; i++) {
                    mine.add(search(queries.get(i % queries.size())));
                }
                return mine;
            }));
        }
        pool.shutdown();
        if (!pool.awaitTermination(LOAD_TIME.toSeconds() + REQUEST_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        double elapsed = seconds(System.nanoTime() - start);
        List<Outcome> all = new ArrayList<>();
        for (Future<List<Outcome>> client : clients) {
            try {
                all.addAll(client.get(1, TimeUnit.SECONDS));
            } catch (Exception e) {
                say("[" + set + "] a client failed: " + e);
            }
        }
        long errors = all.stream().filter(o -> o.status() != 200).count();
        LoadResult result = new LoadResult(CLIENTS, elapsed, all.size() - errors, errors,
                Latency.of(all.stream().filter(o -> o.status() == 200).mapToDouble(Outcome::millis).toArray()));
        say("[" + set + "] " + CLIENTS + " clients: " + format(result.perSecond(), 1) + " searches/s, p95 "
                + format(result.latency().p95(), 1) + " ms, p99 " + format(result.latency().p99(), 1) + " ms, "
                + errors + " errors");
        return result;
    }

    /**
     * WildFly's and PostgreSQL's CPU per search with the evaluator signing in each way (a session, or Basic on every
     * call), in alternating blocks of {@link #SIGN_IN_BLOCK} searches, so that both meet the same machine.
     */
    private Map<String, ServerCpu> compareSignIns(String set, List<Query> queries) {
        Map<String, double[]> seconds = new LinkedHashMap<>();
        int done = 0;
        for (int round = 0; round < SIGN_IN_ROUNDS; round++) {
            for (String way : List.of("session", "basic")) {
                auth = way;
                Cpu before = Cpu.now();
                for (int i = 0; i < SIGN_IN_BLOCK; i++) {
                    search(queries.get(done++ % queries.size()));
                }
                ServerCpu spent = Cpu.now().serverSince(before);
                double[] sum = seconds.computeIfAbsent(way, w -> new double[2]);
                sum[0] += spent.wildfly();
                sum[1] += spent.postgres();
            }
        }
        auth = AUTH;
        Map<String, ServerCpu> perSearch = new LinkedHashMap<>();
        int each = SIGN_IN_ROUNDS * SIGN_IN_BLOCK;
        seconds.forEach((way, sum) -> perSearch.put(way, new ServerCpu(sum[0] / each, sum[1] / each)));
        say("[" + set + "] server CPU per search (WildFly / PostgreSQL), " + each + " searches each way: "
                + perSearch.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().millisEach(1) + " ms")
                        .collect(Collectors.joining(", ")));
        return perSearch;
    }

    private Outcome search(Query query) {
        StringBuilder url = new StringBuilder(BASE);
        if (box) {
            url.append("api/v1/nominals?q=").append(encode(Spec.typed(query)));
        } else {
            url.append("api/v1/nominals/search?surname=").append(encode(query.surname()));
            if (!query.forenames().isEmpty()) {
                url.append("&forenames=").append(encode(query.forenames()));
            }
            if (!query.dob().isEmpty()) {
                url.append("&dob=").append(encode(query.dob()));
            }
        }
        url.append("&limit=").append(LIMIT);
        long t0 = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = client.send(asEvaluator(url.toString()), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401 && sessionCookie.get() != null) {
                sessionCookie.remove(); // the session ended: sign in again, once
                t0 = System.nanoTime();
                response = client.send(asEvaluator(url.toString()), HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            return new Outcome(query, List.of(), List.of(), List.of(), millis(System.nanoTime() - t0), -1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(query, List.of(), List.of(), List.of(), millis(System.nanoTime() - t0), -1, "interrupted");
        }
        double millis = millis(System.nanoTime() - t0);
        if (response.statusCode() != 200) {
            return new Outcome(query, List.of(), List.of(), List.of(), millis, response.statusCode(), Json.abbreviated(response.body()));
        }
        List<String> refs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        try {
            Object results = Json.object(response.body()).get("results");
            if (results instanceof List<?> list) {
                for (Object each : list) {
                    if (each instanceof Map<?, ?> hit) {
                        refs.add(String.valueOf(hit.get("ref")));
                        scores.add(hit.get("score") instanceof Number n ? n.doubleValue() : Double.NaN);
                        names.add(hit.get("name") + " " + hit.get("dob") + " (" + hit.get("score") + ")");
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            return new Outcome(query, List.of(), List.of(), List.of(), millis, -2, e.getMessage());
        }
        return new Outcome(query, List.copyOf(refs), List.copyOf(scores), List.copyOf(names), millis, 200, null);
    }

    // ---------------------------------------------------------------- heap

    /** Asks WildFly's JVM for a full collection (jcmd GC.run) and reads the heap in use afterwards: the live set. */
    private long liveHeapAfterGc() {
        if (!jcmd("GC.run")) {
            return -1;
        }
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
        try {
            HttpResponse<String> metrics = get(HeapSampler.METRICS_URL, null);
            long used = HeapSampler.metric(metrics.body(), HeapSampler.USED_HEAP);
            return used >= 0 ? used : HeapSampler.heapSum(metrics.body());
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** Runs a jcmd command against WildFly's JVM (the child of standalone.sh, itself a child of this JVM). */
    private static boolean jcmd(String... command) {
        Optional<ProcessHandle> wildfly = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("jboss-modules.jar")).findFirst();
        Optional<String> java = ProcessHandle.current().info().command();
        if (wildfly.isEmpty() || java.isEmpty()) {
            return false;
        }
        Path jcmd = Path.of(java.get()).resolveSibling("jcmd");
        if (!Files.isExecutable(jcmd)) {
            return false;
        }
        List<String> line = new ArrayList<>(List.of(jcmd.toString(), String.valueOf(wildfly.get().pid())));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean ok = process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0;
            if (!ok) {
                System.out.println("jcmd " + String.join(" ", command) + " failed: " + out.strip());
            }
            return ok;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // ---------------------------------------------------------------- where the time goes

    /** Layers a stack sample is put down to: the first frame from the top whose class starts with one of these. */
    private static final List<String[]> LAYERS = List.of(
            new String[] {"org.wildfly.security.password", "bcrypt check of the HTTP Basic password (Elytron)"},
            new String[] {"org.peelrms.nominal.internal.matching", "Peel: name matching and scoring"},
            new String[] {"org.peelrms.audit", "Peel: audit log"},
            new String[] {"org.peelrms", "Peel: other"},
            new String[] {"org.apache.lucene", "Lucene (candidate search, fuzzy terms)"},
            new String[] {"org.hibernate.search", "Hibernate Search (query, projections)"},
            new String[] {"org.postgresql", "PostgreSQL JDBC driver"},
            new String[] {"org.hibernate", "Hibernate ORM"},
            new String[] {"org.eclipse.yasson", "JSON-B (Yasson)"},
            new String[] {"org.eclipse.parsson", "JSON-B (Yasson)"},
            new String[] {"org.jboss.resteasy", "RESTEasy"},
            new String[] {"io.undertow", "Undertow, XNIO (HTTP)"},
            new String[] {"org.xnio", "Undertow, XNIO (HTTP)"},
            new String[] {"org.wildfly.security", "Elytron (other)"},
            new String[] {"org.jboss.jca", "IronJacamar (connection pool)"},
            new String[] {"com.arjuna", "Narayana (transactions)"},
            new String[] {"org.jboss", "WildFly, JBoss container"},
            new String[] {"org.wildfly", "WildFly, JBoss container"});

    /** Inclusive markers: a sample counts if any frame's class (or class.method) starts with the prefix. */
    private static final List<String[]> MARKERS = List.of(
            new String[] {"org.wildfly.security.password", "bcrypt password check (HTTP Basic, every request)"},
            new String[] {"org.wildfly.security.auth.realm.jdbc", "Elytron JDBC realm (account and roles queries, bcrypt)"},
            new String[] {"org.peelrms.nominal.internal.NameSearchEngine.search", "NameSearchEngine.search (whole search)"},
            new String[] {"org.apache.lucene", "Lucene"},
            new String[] {"org.peelrms.nominal.internal.matching", "name matching and scoring"},
            new String[] {"org.peelrms.audit", "audit log write"},
            new String[] {"org.eclipse.yasson", "JSON-B serialisation"});

    /** One client for PROFILE_TIME with Flight Recorder on in WildFly; the recording is read here. */
    private Profile profile(String set, List<Query> queries) throws IOException {
        Path file = work.resolve("wildfly-" + set + ".jfr");
        Files.deleteIfExists(file);
        say("[" + set + "] profiling: one client for " + PROFILE_TIME.toSeconds() + " s with Flight Recorder on (not counted)");
        if (!jcmd("JFR.start", "name=benchmark", "settings=profile")) {
            return null;
        }
        long deadline = System.nanoTime() + PROFILE_TIME.toNanos();
        int searches = 0;
        for (int i = 0; System.nanoTime() < deadline; i++) {
            search(queries.get(i % queries.size()));
            searches++;
        }
        if (!jcmd("JFR.stop", "name=benchmark", "filename=" + file)) {
            return null;
        }
        Map<String, Long> byLayer = new LinkedHashMap<>();
        Map<String, Long> inclusive = new LinkedHashMap<>();
        Map<String, Long> hot = new LinkedHashMap<>();
        long samples = 0;
        try (jdk.jfr.consumer.RecordingFile recording = new jdk.jfr.consumer.RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                jdk.jfr.consumer.RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                List<jdk.jfr.consumer.RecordedFrame> frames = event.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                samples++;
                List<String> names = frames.stream().map(f -> f.getMethod().getType().getName() + "." + f.getMethod().getName())
                        .toList();
                hot.merge(names.get(0), 1L, Long::sum);
                String layer = null;
                for (String name : names) {
                    for (String[] candidate : LAYERS) {
                        if (name.startsWith(candidate[0])) {
                            layer = candidate[1];
                            break;
                        }
                    }
                    if (layer != null) {
                        break;
                    }
                }
                byLayer.merge(layer == null ? "JDK and other (" + packageOf(names.get(0)) + ")" : layer, 1L, Long::sum);
                for (String[] marker : MARKERS) {
                    if (names.stream().anyMatch(n -> n.startsWith(marker[0]))) {
                        inclusive.merge(marker[1], 1L, Long::sum);
                    }
                }
            }
        }
        Profile profile = new Profile(file, searches, samples, sortedByCount(byLayer, 12), sortedByCount(inclusive, 20),
                sortedByCount(hot, 12));
        say("[" + set + "] profile: " + samples + " CPU samples over " + searches + " searches; by layer " + profile.byLayer());
        return profile;
    }

    private static String packageOf(String method) {
        String[] parts = method.split("\\.");
        return parts.length < 3 ? method : parts[0] + "." + parts[1] + (parts.length > 3 ? "." + parts[2] : "");
    }

    private static Map<String, Long> sortedByCount(Map<String, Long> counts, int limit) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    // ---------------------------------------------------------------- data files

    /** The development population of this size (made from the 1M one for a scaled set, kept in {@code work}). */
    static Path populationFile(Path data, Path work, String set) throws IOException {
        if (ScaledPopulation.makes(set)) {
            say("[" + set + "] making population-" + set + " from population-1m (once; kept in " + work + ")");
            return ScaledPopulation.file(set, populationFile(data, work, "1m"), work);
        }
        Path plain = data.resolve("population-" + set + ".csv");
        Path gzip = data.resolve("population-" + set + ".csv.gz");
        if (Files.exists(plain)) {
            return plain;
        }
        if (Files.exists(gzip)) {
            return gzip;
        }
        throw new IllegalArgumentException("There is no " + plain + " nor " + gzip);
    }

    private static long folderBytes(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static long databaseBytes(EmbeddedDatabase database) throws java.sql.SQLException {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER,
                EmbeddedDatabase.USER); java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet size = statement.executeQuery("SELECT pg_database_size(current_database())")) {
            size.next();
            return size.getLong(1);
        }
    }

    static long countRows(Path file) throws IOException {
        try (BufferedReader reader = reader(file)) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).count();
        }
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private List<Query> readQueries(String queriesOf, String set) throws IOException {
        Map<String, String[]> key = new LinkedHashMap<>();
        for (String[] row : csv(data.resolve(queriesOf + "-key-" + set + ".csv"), 4)) {
            key.put(row[0], row);
        }
        List<Query> queries = new ArrayList<>();
        for (String[] row : csv(data.resolve(queriesOf + "-queries-" + set + ".csv"), 4)) {
            String[] answer = key.get(row[0]);
            if (answer == null) {
                throw new IllegalStateException("Query " + row[0] + " is not in " + queriesOf + "-key-" + set + ".csv");
            }
            queries.add(new Query(row[0], row[1], row[2], row[3], answer[1], answer[2], answer[3]));
        }
        return queries;
    }

    /** A header line, then plain comma-separated rows (the development files have no quoting); the last field keeps any commas. */
    private static List<String[]> csv(Path file, int fields) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.skip(1).filter(line -> !line.isBlank()).map(line -> {
                String[] parts = line.split(",", fields);
                String[] row = Arrays.copyOf(parts, fields);
                for (int i = 0; i < fields; i++) {
                    row[i] = row[i] == null ? "" : row[i].strip();
                }
                return row;
            }).toList();
        }
    }

    // ---------------------------------------------------------------- the report

    private String markdown(ZonedDateTime started, String commit, List<SetResult> results) {
        StringBuilder md = new StringBuilder();
        md.append("# Name-search benchmark\n\n");
        md.append("Generated by `org.peelrms.benchmark.NameSearchBenchmark` (ear/src/test/java); do not edit by hand — run it again.\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| date | ").append(started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"))).append(" |\n");
        md.append("| Peel (at the start of the run) | ").append(commit).append(" |\n");
        md.append("| machine | ").append(Runtime.getRuntime().availableProcessors()).append(" processors (nproc)")
                .append(cpuModel().map(m -> ", " + m).orElse("")).append(", ").append(totalMemory()).append(" memory, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append(" |\n");
        md.append("| java -version | ").append(javaVersion()).append(" |\n");
        md.append("| WildFly | ").append(wildflyHome.getFileName()).append(", heap -Xms512m -Xmx1536m (WildFlyServer)")
                .append(" |\n");
        md.append("| search backend | ").append(BACKEND.description()).append(" |\n");
        md.append("| database | embedded PostgreSQL 17 on the same machine, a fresh one per data set |\n");
        md.append("| client | java.net.http.HttpClient (HTTP/1.1) on the same machine; latency is measured by the client, "
                + "from sending the request to having read the whole answer |\n");
        md.append("| evaluator's sign-in (peel.benchmark.auth) | ").append("session".equals(AUTH)
                ? "`session`: once per client thread (POST /api/v1/sessions), then the session cookie (ADR 0050)"
                : "`basic`: HTTP Basic with every search").append(" |\n");
        md.append("| data | `").append(data).append("` |\n\n");

        List<String> kinds = classesOf(results.stream().flatMap(r -> r.classCounts.keySet().stream()).toList());
        md.append("## Data sets\n\n| set | population | queries |");
        kinds.forEach(kind -> md.append(' ').append(kind).append(" |"));
        md.append("\n|---|---:|---:|").append("---:|".repeat(kinds.size())).append('\n');
        for (SetResult r : results) {
            md.append("| ").append(r.set).append(" | ").append(r.populationRows).append(" | ").append(r.queryCount);
            for (String kind : kinds) {
                md.append(" | ").append(r.classCounts.getOrDefault(kind, 0));
            }
            md.append(" |\n");
        }
        md.append('\n');
        if (results.stream().anyMatch(r -> DemoSet.is(r.set))) {
            md.append("The `demo` population is what Peel's own demo generator makes (`peel.demo.persons`), read back from "
                    + "the database as the ground truth; its queries are made from it with a fixed seed (")
                    .append(DemoQueries.SEED).append(") and written with their key to `ear/target/benchmark/")
                    .append(DemoSet.NAME).append("-queries.csv`. Its classes beyond the development set's: `nickname` "
                    + "(first forename as a diminutive, William → Bill, not recorded for that person), `swapped` (surname "
                    + "and forename the other way round), `transliteration` (accents left out, another transliteration "
                    + "such as Mohammed → Muhammad or Hassan → Xasan, or another spelling convention: O'Brien → OBrien, "
                    + "Mc/Mac, a hyphen), `two_slips` (two of the slips at once, on different parts). A positive query is "
                    + "only kept when no other person fits it as well (the demo population has few distinct names and "
                    + "many namesakes), so most carry a date of birth.\n\n");
        }

        md.append("## Summary of targets\n\n| set | targets met | not met |\n|---|---|---|\n");
        for (SetResult r : results) {
            List<String[]> rows = rows(r);
            List<String> met = new ArrayList<>();
            List<String> notMet = new ArrayList<>();
            for (String[] row : rows) {
                if (row[3].equals("met")) {
                    met.add(row[0]);
                } else if (row[3].startsWith("**NOT MET")) {
                    notMet.add(row[0]);
                }
            }
            md.append("| ").append(r.set).append(" | ").append(met.size()).append(" | ")
                    .append(notMet.isEmpty() ? "none" : "**" + String.join("; ", notMet) + "**")
                    .append(r.failure != null ? " — **the run failed: " + r.failure + "**" : "").append(" |\n");
        }
        md.append('\n');

        for (SetResult r : results) {
            md.append("## ").append(r.set).append("\n\n");
            if (r.failure != null) {
                md.append("**The run failed:** `").append(r.failure.replace('`', '\'')).append("` (numbers below are what was measured before that; "
                        + "see `ear/target/benchmark/server-").append(r.set).append(".log`).\n\n");
            }
            md.append("| measure | value | target | |\n|---|---:|---|---|\n");
            for (String[] row : rows(r)) {
                md.append("| ").append(String.join(" | ", row)).append(" |\n");
            }
            md.append('\n');
            if (r.outcomes != null) {
                perClass(md, r);
                misses(md, r);
                cutOffs(md, r);
            }
            if (r.profile != null) {
                profileSection(md, r.profile);
            }
            if (r.imported != null && !r.imported.problems().isEmpty()) {
                md.append("Import problems (first 10 of ").append(r.imported.problems().size()).append("):\n\n");
                r.imported.problems().stream().limit(10).forEach(p -> md.append("- ").append(p).append('\n'));
                md.append('\n');
            }
            md.append("Heap: metric `").append(r.heapMetric).append("` from ").append(HeapSampler.METRICS_URL)
                    .append(", read every " + HeapSampler.EVERY.toSeconds() + " s and at each change of phase (").append(r.heapSamples).append(" samples");
            if (r.heapFailures > 0) {
                md.append(", ").append(r.heapFailures).append(" failed reads, last: ").append(r.heapLastFailure);
            }
            md.append("). The largest heap in use includes garbage not yet collected, so it rises towards -Xmx "
                    + "under allocation; the live heap after a full collection (jcmd GC.run) is what the data really needs. "
                    + "Total time for this set, server start to stop: ").append(format(r.totalSeconds, 0))
                    .append(" s (Peel ready after ").append(format(r.startSeconds, 1)).append(" s).\n\n");
        }

        md.append("""
                ## How to run

                ```bash
                mvn install -DskipTests                                  # once, or after changes: builds the EAR and WildFly
                mvn -Pbenchmark verify -pl ear                           # the 100k set
                mvn -Pbenchmark verify -pl ear -Dpeel.benchmark.sets=100k,1m
                mvn -Pbenchmark verify -pl ear -Dpeel.benchmark.sets=100k-box,dev2-100k,dev2-100k-box   # dev2, the box
                mvn -Pbenchmark verify -pl ear -Dpeel.benchmark.port.offset=300   # WildFly on 8380, 9990 on 10290
                mvn -Pbenchmark verify -pl ear -Dpeel.benchmark.sets=demo        # Peel's own demo people (100,000)
                mvn -Pbenchmark verify -pl ear -Dpeel.benchmark.sets=100k,demo -Dpeel.benchmark.demo.size=20000
                mvn -Pbenchmark verify -pl ear -Dpeel.namesearch.data=/path/to/namesearch
                mvn -Pbenchmark verify -pl ear -Dpeel.benchmark.profile=false      # without the Flight Recorder part
                mvn -Pbenchmark verify -pl ear -Dpeel.benchmark.evaluator=user:password   # another search account
                mvn -Pbenchmark verify -pl ear -Dpeel.benchmark.auth=basic          # the password on every search
                ```

                (From a clean checkout `mvn -Pbenchmark verify` builds everything and runs the 100k set.) Ports
                8080, 9990 (plus `peel.benchmark.port.offset`) must be free (stop a running Peel and the integration tests first). Each set gets a fresh
                embedded PostgreSQL (`ear/target/benchmark/postgres`, any free port) and a fresh WildFly
                (`ear/target/benchmark/server`, index in `ear/target/benchmark/index`, log kept as
                `ear/target/benchmark/server-<set>.log`) with `peel.demo=true` (the demo accounts) and
                `peel.demo.persons=0` (no generated people). The population `population-<set>.csv` (or `.csv.gz`,
                sent compressed as it is) goes through `POST /api/v1/nominals/import` as `admin`; the import time runs
                from the start of the upload until the job is no longer RUNNING (the job is polled twice a second
                through an administrator's API session, ADR 0050). The `demo` set instead starts Peel
                with `peel.demo.persons=<peel.benchmark.demo.size>` (default 100000): Peel's own demo generator
                makes the people during start-up (the generation time is Peel's log line "Demo data: people loaded
                in"); once Peel is ready and its index holds them all, the benchmark reads them back from its
                PostgreSQL (tables `person`, `person_name`) and makes about 2000 queries from them with a fixed seed
                (`DemoQueries`: the development classes plus nickname, swapped, transliteration and two_slips; each
                positive query has exactly one person who fits it), written with their key to
                `ear/target/benchmark/demo-queries.csv`. Every query of `dev-queries-<set>.csv` (or the demo
                queries) then goes through `GET /api/v1/nominals/search?surname=&forenames=&dob=&limit=10`
                as `evaluator` (signed in once per client thread through `POST /api/v1/sessions`, then with the
                session cookie; `-Dpeel.benchmark.auth=basic`: HTTP Basic on every search), one at a time, after a warm-up of 45 s of other queries (one query's surname with another's forenames), and is scored against `dev-key-<set>.csv`
                (recall@k and MRR over the positive queries; a query answered with an error counts as a miss).
                Then 4 client threads each run through the query list (from different starting points) for 30 s,
                and one client searches in alternating blocks of 200 signed in each way (session, Basic), 3 rounds.
                WildFly's and PostgreSQL's CPU time (from /proc) is reported per search and per 1,000 people imported:
                unlike the wall-clock times, it hardly changes when other processes share the machine.
                Last, one client runs for 30 s more with Flight Recorder on in WildFly (not counted in any number
                above; the recording stays in `ear/target/benchmark/wildfly-<set>.jfr`). The machine's CPU is read
                from /proc during the import and the measured runs: when other processes take 10 % of it or more,
                a search run is repeated (up to 3 times, the least disturbed kept) and a run still disturbed is
                marked in the table. Client, WildFly and PostgreSQL share the machine.
                Every search also writes its audit entry, as in production.
                """);
        return md.toString();
    }

    /** measure, value, target, met: one table row each. */
    private static List<String[]> rows(SetResult r) {
        List<String[]> rows = new ArrayList<>();
        boolean million = r.populationRows >= 900_000;
        PeelClient.ImportResult imp = r.imported;
        if (imp != null) {
            rows.add(row("import: rows in the file", String.valueOf(imp.rows()), "", ""));
            rows.add(row("import: job status", imp.status() + ", " + imp.done() + " rows done, " + imp.created() + " created, "
                    + imp.updated() + " updated, " + imp.rejected() + " rejected; " + imp.indexed() + " in the index",
                    "(check) every row created and indexed",
                    imp.status().equals("FINISHED") && imp.created() == imp.rows() && imp.indexed() == imp.rows()
                            ? "met" : "**NOT MET**"));
            rows.add(row("import: wall time (upload " + format(imp.uploadSeconds(), 1) + " s included)",
                    format(imp.seconds(), 1) + " s (" + minutes(imp.seconds()) + ")",
                    million ? "≤ 120 s (1M)" : "≤ 120 s applies to 1M only",
                    million ? metMark(imp.seconds() <= IMPORT_1M_SECONDS) : ""));
            rows.add(row("import: rows per second", format(imp.rowsPerSecond(), 0),
                    million ? "≥ 8,334 (120 s for 1M)" : "", million ? metMark(imp.rowsPerSecond() * IMPORT_1M_SECONDS >= imp.rows()) : ""));
        }
        if (r.databaseBytes >= 0) {
            rows.add(row("on disk: the database (pg_database_size) / the search index folder", mib(r.databaseBytes) + " / "
                    + (BACKEND == BenchmarkBackend.LUCENE ? mib(r.indexBytes) : "in OpenSearch"),
                    "", ""));
        }
        DemoSet.Generation gen = r.generated;
        if (gen != null) {
            rows.add(row("demo generation: people asked for (peel.demo.persons)", String.valueOf(gen.asked()), "", ""));
            rows.add(row("demo generation: what is on file", gen.onFile() + " people with " + gen.otherNames()
                    + " other names; " + gen.indexed() + " in the index", "(check) every person made and indexed",
                    metMark(gen.complete())));
            rows.add(row("demo generation: time (Peel's log: \"Demo data: people loaded in\")",
                    format(gen.seconds(), 1) + " s (" + (Double.isNaN(gen.seconds()) ? "—" : minutes(gen.seconds())) + ")",
                    "", ""));
            rows.add(row("demo generation: people per second", format(gen.perSecond(), 0), "", ""));
            rows.add(row("demo generation: Peel ready after (PostgreSQL and WildFly start, schemas, generation, index check)",
                    format(gen.readySeconds(), 1) + " s" + (gen.indexWaitSeconds() >= 0.5 ? ", then " + format(
                            gen.indexWaitSeconds(), 1) + " s until the index held everyone" : ""), "", ""));
        }
        if (r.outcomes != null) {
            rows.add(row("recall@1", format(r.recallAt(1), 4), "≥ 0.95", metMark(r.recallAt(1) >= RECALL_AT_1)));
            rows.add(row("recall@10", format(r.recallAt(10), 4), "≥ " + RECALL_AT_10, metMark(r.recallAt(10) >= RECALL_AT_10)));
            rows.add(row("MRR", format(r.mrr(), 4), "", ""));
            for (ClassScore c : r.classScores()) {
                if (!Double.isNaN(c.recallAt10())) {
                    rows.add(row("recall@1 / recall@10: " + c.kind() + " (" + c.count() + ")",
                            format(c.recallAt1(), 4) + " / " + format(c.recallAt10(), 4), "", ""));
                }
            }
            List<Outcome> negatives = r.negatives();
            long empty = negatives.stream().filter(o -> o.refs().isEmpty()).count();
            rows.add(row("negatives: mean number of results (" + negatives.size() + " queries)",
                    format(r.negativeMeanResults(), 3) + " (" + empty + " with none)", "≤ " + NEGATIVE_RESULTS,
                    metMark(r.negativeMeanResults() <= NEGATIVE_RESULTS)));
            rows.add(row("searches answered with an error", String.valueOf(r.errors()), "(check) 0", metMark(r.errors() == 0)));
        }
        if (r.latency != null) {
            Latency l = r.latency;
            rows.add(row("latency, 1 client: p50", format(l.p50(), 1) + " ms", "", ""));
            rows.add(row("latency, 1 client: p95", format(l.p95(), 1) + " ms", "≤ " + (int) P95_MS + " ms", metMark(l.p95() <= P95_MS)));
            rows.add(row("latency, 1 client: p99", format(l.p99(), 1) + " ms", "≤ " + (int) P99_MS + " ms", metMark(l.p99() <= P99_MS)));
            rows.add(row("latency, 1 client: max (mean)", format(l.max(), 1) + " ms (" + format(l.mean(), 1) + " ms)", "", ""));
        }
        if (r.load != null) {
            LoadResult load = r.load;
            rows.add(row(load.clients() + " clients: searches per second (" + format(load.seconds(), 1) + " s)",
                    format(load.perSecond(), 1) + " (" + load.searches() + " searches, " + load.errors() + " errors)",
                    "≥ " + (int) SEARCHES_PER_SECOND, metMark(load.perSecond() >= SEARCHES_PER_SECOND && load.errors() == 0)));
            rows.add(row(load.clients() + " clients: latency p50 / p95 / p99 / max",
                    format(load.latency().p50(), 1) + " / " + format(load.latency().p95(), 1) + " / "
                            + format(load.latency().p99(), 1) + " / " + format(load.latency().max(), 1) + " ms", "", ""));
        }
        if (r.serverCpuImport != null && imp != null) {
            rows.add(row("import: server CPU per 1,000 people, WildFly / PostgreSQL (CPU time, not wall-clock)",
                    format(r.serverCpuImport.wildfly() * 1000 / Math.max(1, imp.rows()), 2) + " / "
                            + format(r.serverCpuImport.postgres() * 1000 / Math.max(1, imp.rows()), 2) + " s", "", ""));
        }
        if (r.serverCpuSearch != null && r.outcomes != null) {
            rows.add(row("server CPU per search, 1 client, WildFly / PostgreSQL (CPU time, not wall-clock)",
                    r.serverCpuSearch.millisEach(r.outcomes.size()) + " ms", "", ""));
        }
        if (r.serverCpuLoad != null && r.load != null) {
            rows.add(row("server CPU per search, " + r.load.clients() + " clients, WildFly / PostgreSQL (CPU time)",
                    r.serverCpuLoad.millisEach(r.load.searches()) + " ms", "", ""));
        }
        if (r.signIns != null) {
            rows.add(row("server CPU per search by the evaluator's sign-in, WildFly / PostgreSQL (" + SIGN_IN_ROUNDS
                    + " alternating blocks of " + SIGN_IN_BLOCK + " searches each way)", r.signIns.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue().millisEach(1) + " ms").collect(Collectors.joining("; ")),
                    "", ""));
        }
        if (r.cpuImport != null) {
            rows.add(row("machine CPU during " + r.populating() + ": busy (of which other processes; kernel threads)",
                    cpuShares(r.cpuImport), "(check) others < 10 %", disturbed(r.cpuImport)
                            ? "**NOT MET (something else ran: the " + (r.generated != null ? "generation" : "import")
                                    + " time is not clean)**" : "met"));
        }
        if (r.cpuSearch != null || r.cpuLoad != null) {
            String attempts = r.searchAttempts > 1 || r.loadAttempts > 1 ? " — kept attempt " + r.searchAttempts + " / "
                    + r.loadAttempts + " of up to " + ATTEMPTS + " (runs disturbed by other processes are repeated)" : "";
            rows.add(row("machine CPU while searching, 1 client / 4 clients: busy (of which other processes; kernel threads)",
                    cpuShares(r.cpuSearch) + " / " + cpuShares(r.cpuLoad) + attempts, "(check) others < 10 %",
                    disturbed(r.cpuSearch) || disturbed(r.cpuLoad)
                            ? "**NOT MET (something else ran: the latencies are not clean)**" : "met"));
        }
        if (r.heapImport >= 0) {
            rows.add(row("WildFly heap in use, largest during " + r.populating(), mib(r.heapImport), "≤ 1.5 GiB",
                    metMark(r.heapImport <= HEAP_BYTES)));
        } else if (r.imported != null || r.generated != null) {
            rows.add(row("WildFly heap in use, largest during " + r.populating(), "not measured", "≤ 1.5 GiB",
                    "**NOT MET (not measured)**"));
        }
        if (r.heapSearch >= 0 || r.heapLoad >= 0) {
            long searching = Math.max(r.heapSearch, r.heapLoad);
            rows.add(row("WildFly heap in use, largest during the searches (1 client / 4 clients)",
                    mib(searching) + " (" + mib(r.heapSearch) + " / " + mib(r.heapLoad) + ")", "≤ 1.5 GiB",
                    metMark(searching <= HEAP_BYTES)));
        }
        if (r.heapLiveAfterGc >= 0) {
            rows.add(row("WildFly heap live after a full GC, at the end", mib(r.heapLiveAfterGc), "", ""));
        }
        if (!Double.isNaN(r.gcImport)) {
            rows.add(row("WildFly time in garbage collection: " + (r.generated != null ? "start-up and generation" : "import")
                    + " / 1 client / 4 clients",
                    format(r.gcImport, 1) + " s / " + format(r.gcSearch, 1) + " s / " + format(r.gcLoad, 1) + " s", "", ""));
        }
        if (r.heapLimit > 0) {
            rows.add(row("WildFly heap limit (-Xmx)", mib(r.heapLimit), "", ""));
        }
        return rows;
    }

    private static String cpuShares(double[] shares) {
        return shares == null ? "—" : percent(Math.round(shares[0] * 1000), 1000) + " (" + percent(Math.round(shares[2] * 1000), 1000)
                + "; kernel threads " + percent(Math.round(shares[4] * 1000), 1000) + ")"
                + (shares[3] > 0.005 ? ", stolen " + percent(Math.round(shares[3] * 1000), 1000) : "");
    }

    /** Recall and the negatives' results had Peel shown only the results scoring at least a given value. */
    private static void cutOffs(StringBuilder md, SetResult r) {
        double[] cutOffs = {0.60, 0.65, 0.70, 0.75, 0.78, 0.80, 0.82, 0.85, 0.90};
        md.append("What a higher score cut-off would do, worked out from the scores Peel returned (Peel returns only ")
                .append("results at or above its own cut-off, so a row at or below that cut-off is what Peel returned):\n\n");
        md.append("| cut-off | recall@1 | recall@10 | negatives: mean results | negatives with none |\n|---:|---:|---:|---:|---:|\n");
        List<Outcome> positives = r.positives();
        List<Outcome> negatives = r.negatives();
        for (double cut : cutOffs) {
            long first = positives.stream().filter(o -> o.rank() == 1 && o.scores().get(0) >= cut).count();
            long found = positives.stream().filter(o -> o.rank() >= 1 && o.scores().get(o.rank() - 1) >= cut).count();
            double noise = negatives.stream().mapToLong(o -> o.scores().stream().filter(x -> x >= cut).count()).average()
                    .orElse(Double.NaN);
            long none = negatives.stream().filter(o -> o.scores().stream().noneMatch(x -> x >= cut)).count();
            md.append("| ").append(format(cut, 2)).append(" | ").append(format((double) first / positives.size(), 4))
                    .append(" | ").append(format((double) found / positives.size(), 4)).append(" | ").append(format(noise, 3))
                    .append(" | ").append(none).append(" of ").append(negatives.size()).append(" |\n");
        }
        md.append('\n');
    }

    private static void perClass(StringBuilder md, SetResult r) {
        md.append("Per class (single client):\n\n| class | queries | recall@1 | recall@10 | MRR | mean results | latency p50 / p95 / p99 ms |\n");
        md.append("|---|---:|---:|---:|---:|---:|---|\n");
        for (ClassScore c : r.classScores()) {
            md.append("| ").append(c.kind()).append(" | ").append(c.count()).append(" | ").append(format(c.recallAt1(), 4))
                    .append(" | ").append(format(c.recallAt10(), 4)).append(" | ").append(format(c.mrr(), 4))
                    .append(" | ").append(format(c.meanResults(), 2)).append(" | ").append(format(c.latency().p50(), 1))
                    .append(" / ").append(format(c.latency().p95(), 1)).append(" / ").append(format(c.latency().p99(), 1))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static void misses(StringBuilder md, SetResult r) {
        List<Outcome> missed = r.positives().stream().filter(o -> o.rank() == 0).toList();
        List<Outcome> notFirst = r.positives().stream().filter(o -> o.rank() > 1).toList();
        List<Outcome> noisyNegatives = r.negatives().stream().filter(o -> !o.refs().isEmpty())
                .sorted(Comparator.comparingInt((Outcome o) -> o.refs().size()).reversed()).toList();
        md.append("Misses: ").append(missed.size()).append(" positive queries without the person in the results, ")
                .append(notFirst.size()).append(" with the person found but not first, ").append(noisyNegatives.size())
                .append(" negatives with results.\n\n");
        if (!missed.isEmpty() || !notFirst.isEmpty()) {
            md.append("Positive queries not answered first, by kind of variation (the key's detail):\n\n");
            md.append("| class | detail | not found | found, not first |\n|---|---|---:|---:|\n");
            Map<String, int[]> byDetail = new TreeMap<>();
            missed.forEach(o -> byDetail.computeIfAbsent(o.query().kind() + " | `" + o.query().detail() + "`", k -> new int[2])[0]++);
            notFirst.forEach(o -> byDetail.computeIfAbsent(o.query().kind() + " | `" + o.query().detail() + "`", k -> new int[2])[1]++);
            byDetail.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> e.getValue()[0] + e.getValue()[1]).reversed())
                    .limit(25)
                    .forEach(e -> md.append("| ").append(e.getKey()).append(" | ").append(e.getValue()[0]).append(" | ")
                            .append(e.getValue()[1]).append(" |\n"));
            if (byDetail.size() > 25) {
                md.append("| … | ").append(byDetail.size() - 25).append(" more kinds | | |\n");
            }
            md.append('\n');
        }
        if (!missed.isEmpty()) {
            md.append("Examples of positive queries without the person in the results:\n\n");
            examples(md, missed, 15);
        }
        if (!notFirst.isEmpty()) {
            md.append("Examples of positive queries with the person found but not first:\n\n");
            examples(md, notFirst, 10);
        }
        if (!noisyNegatives.isEmpty()) {
            md.append("Negatives with the most results:\n\n");
            examples(md, noisyNegatives, 10);
        }
        List<Outcome> errors = r.outcomes.stream().filter(o -> o.status() != 200).toList();
        if (!errors.isEmpty()) {
            md.append("Searches answered with an error (first 10):\n\n");
            errors.stream().limit(10).forEach(o -> md.append("- ").append(o.query().qid()).append(" `")
                    .append(o.query().shown()).append("`: ").append(o.status()).append(' ')
                    .append(String.valueOf(o.error()).replace('|', '/')).append('\n'));
            md.append('\n');
        }
    }

    private static void profileSection(StringBuilder md, Profile p) {
        md.append("Where WildFly's CPU time goes (Flight Recorder, `profile` settings, one client for ")
                .append(PROFILE_TIME.toSeconds()).append(" s after the measured runs: ").append(p.searches())
                .append(" searches, ").append(p.samples()).append(" CPU samples, about ")
                .append(format(p.searches() == 0 ? Double.NaN : (double) p.samples() / p.searches(), 1))
                .append(" per search; recording `").append(p.file().getFileName()).append("` in ear/target/benchmark). ")
                .append("Each sample goes to the first layer found from the top of its stack:\n\n");
        md.append("| layer | share of samples |\n|---|---:|\n");
        p.byLayer().forEach((layer, n) -> md.append("| ").append(layer).append(" | ").append(percent(n, p.samples())).append(" |\n"));
        md.append("\nSamples with the given code anywhere on the stack (they overlap):\n\n| code | share of samples |\n|---|---:|\n");
        p.inclusive().forEach((what, n) -> md.append("| ").append(what).append(" | ").append(percent(n, p.samples())).append(" |\n"));
        md.append("\nHottest methods (top of the stack):\n\n| method | share of samples |\n|---|---:|\n");
        p.hotMethods().forEach((method, n) -> md.append("| `").append(method).append("` | ").append(percent(n, p.samples())).append(" |\n"));
        md.append('\n');
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "—" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }

    private static void examples(StringBuilder md, List<Outcome> outcomes, int limit) {
        md.append("| qid | class | detail | query (surname / forenames / dob) | expected | rank | first results |\n");
        md.append("|---|---|---|---|---|---:|---|\n");
        outcomes.stream().limit(limit).forEach(o -> md.append("| ").append(o.query().qid()).append(" | ")
                .append(o.query().kind()).append(" | `").append(o.query().detail().replace('|', '/')).append("` | ")
                .append(o.query().shown()).append(" | ").append(o.query().expected().isEmpty() ? "—" : o.query().expected())
                .append(" | ").append(o.rank() == 0 ? "—" : String.valueOf(o.rank())).append(" | ")
                .append(firstResults(o)).append(" |\n"));
        md.append('\n');
    }

    private static String firstResults(Outcome o) {
        if (o.refs().isEmpty()) {
            return o.status() == 200 ? "none" : "error " + o.status();
        }
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(3, o.refs().size()); i++) {
            shown.add(o.refs().get(i) + " " + o.names().get(i));
        }
        return String.join("; ", shown).replace('|', '/') + (o.refs().size() > 3 ? "; … (" + o.refs().size() + ")" : "");
    }

    private static String[] row(String measure, String value, String target, String met) {
        return new String[] {measure, value, target.isEmpty() ? "—" : target, met};
    }

    private static String metMark(boolean met) {
        return met ? "met" : "**NOT MET**";
    }

    // ---------------------------------------------------------------- machine

    /** The commit of the checkout the benchmark runs from (the working directory, ear/), and what is changed in it. */
    static String git() {
        java.io.File here = new java.io.File(".").getAbsoluteFile();
        String commit = command(here, "git", "log", "-1", "--format=%h %cd %s", "--date=short").strip();
        if (commit.isBlank()) {
            return "unknown";
        }
        if (commit.length() > 120) {
            commit = commit.substring(0, 117) + "...";
        }
        List<String> changed = command(here, "git", "status", "--porcelain", "--untracked-files=no").lines()
                .map(l -> l.substring(Math.min(3, l.length()))).toList();
        String shown = "`" + commit.replace("|", "/").replace("`", "'") + "`";
        if (changed.isEmpty()) {
            return shown;
        }
        return shown + " with uncommitted changes to " + (changed.size() <= 4 ? String.join(", ", changed)
                : changed.size() + " files");
    }

    static String javaVersion() {
        String out = command(null, "java", "-version");
        return out.isBlank() ? System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                : out.strip().lines().collect(Collectors.joining("; "));
    }

    static Optional<String> cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip());
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    static String totalMemory() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(l -> l.startsWith("MemTotal:")).findFirst()
                    .map(l -> format(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0, 1) + " GiB")
                    .orElse("unknown");
        } catch (IOException | UncheckedIOException e) {
            return "unknown";
        }
    }

    private static String command(java.io.File directory, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(directory).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    // ---------------------------------------------------------------- small things

    private HttpResponse<String> get(String url, String credentials) {
        return peel.get(url, credentials);
    }

    /** A GET as the evaluator: with the password ("basic"), or with this thread's session cookie ("session"). */
    private HttpRequest asEvaluator(String url) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).GET();
        if (!"session".equals(auth)) {
            return request.header("Authorization", PeelClient.basic(evaluator)).build();
        }
        if (sessionCookie.get() == null) {
            sessionCookie.set(peel.signIn(evaluator));
        }
        return request.header("Cookie", sessionCookie.get()).build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    static String format(double value, int decimals) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    static String minutes(double seconds) {
        return String.format(Locale.ROOT, "%d min %02d s", (long) seconds / 60, (long) seconds % 60);
    }

    static String mib(long bytes) {
        return bytes < 0 ? "—" : String.format(Locale.ROOT, "%,d MiB", bytes / MIB);
    }

    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
